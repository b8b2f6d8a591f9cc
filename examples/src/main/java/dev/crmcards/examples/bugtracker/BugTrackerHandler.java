package dev.crmcards.examples.bugtracker;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the bug-tracker card does when HubSpot calls: list tickets, resolve one, delete one, file a
 * reported bug as a ticket, reschedule one. It keeps every form it receives, as received, so that
 * its tests see the typed records.
 */
public final class BugTrackerHandler implements BugTicketCrmCard.Handler {
  private final TicketStore store;
  private final Clock clock;
  private final List<BugReport> reports = new CopyOnWriteArrayList<>();
  private final Map<Long, Reschedule> reschedules = new ConcurrentHashMap<>();

  public BugTrackerHandler(TicketStore store) {
    this(store, Clock.systemUTC());
  }

  /** With the clock that says what "today" is for due dates. */
  public BugTrackerHandler(TicketStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * The tickets by id, the newest {@value CardResponse#MAX_RESULTS} of them when there are more:
   * HubSpot shows no more objects than that, and a report just filed is to be among them.
   */
  @Override
  public CardResponse<BugTicket> fetch(FetchRequest request) {
    List<BugTicket> all = store.all();
    // The store's list as it is while it fits: CardResponse keeps an unmodifiable list without a copy.
    return CardResponse.of(all.size() <= CardResponse.MAX_RESULTS
        ? all
        : all.subList(all.size() - CardResponse.MAX_RESULTS, all.size()));
  }

  @Override
  public ActionResult resolve(ActionRequest request, long id) {
    Optional<BugTicket> before = store.getAndUpdate(id, t -> t.open() ? t.withStatus("Resolved") : t);
    if (before.isEmpty()) {
      return ActionResult.error(404, "There is no ticket " + id + ".");
    }
    if (!before.get().open()) {
      return ActionResult.error(409, "Ticket " + id + " is already resolved.");
    }
    return ActionResult.ok("Ticket " + id + " resolved.");
  }

  @Override
  public ActionResult delete(ActionRequest request, long id) {
    if (request.property("protected_account").map(Boolean::parseBoolean).orElse(false)) {
      return ActionResult.error(403, "Tickets of protected accounts cannot be deleted.");
    }
    return store.remove(id)
        ? ActionResult.ok("Ticket " + id + " deleted.")
        : ActionResult.error(404, "There is no ticket " + id + ".");
  }

  /** Files the report as a new ticket; a due date in the past is refused at its input. */
  @Override
  public ActionResult reportBug(ActionRequest request, BugReport form) {
    reports.add(form);
    LocalDate today = LocalDate.now(clock);
    if (form.due() != null && form.due().isBefore(today)) {
      return ActionResult.invalid("due", "Pick a day from today on.");
    }
    BugTicket filed = store.file(id -> BugTicket.reported(id, form, request.userEmail(), today));
    return ActionResult.ok("Ticket " + filed.id() + " filed.");
  }

  @Override
  public ActionResult reschedule(ActionRequest request, long id, Reschedule form) {
    Optional<BugTicket> ticket = store.get(id);
    if (ticket.isEmpty()) {
      return ActionResult.error(404, "There is no ticket " + id + ".");
    }
    if (!ticket.get().open()) {
      return ActionResult.error(409, "Ticket " + id + " is resolved; there is nothing to reschedule.");
    }
    if (form.due().isBefore(LocalDate.now(clock))) {
      return ActionResult.invalid("due", "Pick a day from today on.");
    }
    reschedules.put(id, form);
    return ActionResult.ok("Ticket " + id + " is due " + form.due() + ".");
  }

  /** Every report received, in order, as received (refused ones too). */
  public List<BugReport> reports() {
    return List.copyOf(reports);
  }

  /** The last accepted rescheduling of a ticket. */
  public Optional<Reschedule> rescheduleOf(long id) {
    return Optional.ofNullable(reschedules.get(id));
  }
}

package dev.crmcards.examples.bugtracker;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.util.Optional;

/** What the bug-tracker card does when HubSpot calls: list tickets, resolve one, delete one. */
public final class BugTrackerHandler implements BugTicketCrmCard.Handler {
  private final TicketStore store;

  public BugTrackerHandler(TicketStore store) {
    this.store = store;
  }

  @Override
  public CardResponse<BugTicket> fetch(FetchRequest request) {
    return CardResponse.of(store.all());
  }

  @Override
  public ActionResult resolve(ActionRequest request, long id) {
    Optional<BugTicket> ticket = store.get(id);
    if (ticket.isEmpty()) {
      return ActionResult.error(404, "There is no ticket " + id + ".");
    }
    if (!ticket.get().open()) {
      return ActionResult.error(409, "Ticket " + id + " is already resolved.");
    }
    store.put(ticket.get().withStatus("Resolved"));
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
}

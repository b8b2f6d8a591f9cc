package dev.crmcards.examples.bugtracker;

import dev.crmcards.Property;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/** The bug tracker's tickets, in memory; starts with the two tickets of HubSpot's guide. */
public final class TicketStore {
  private final ConcurrentSkipListMap<Long, BugTicket> tickets = new ConcurrentSkipListMap<>();
  /**
   * What {@link #all()} returns, remade on every change: a card fetches the list far more often
   * than a hook changes it, and an unmodifiable list goes into a {@code CardResponse} uncopied.
   */
  private volatile List<BugTicket> all = List.of();
  /** The largest id a ticket has had, so that a deleted ticket's id is never given again. */
  private long largestId;

  /** A store holding the guide's tickets 245 and 988. */
  public static TicketStore withGuideTickets() {
    TicketStore store = new TicketStore();
    store.put(
        new BugTicket(
            245,
            "API-22: APIs working too fast",
            URI.create("http://example.com/1"),
            LocalDate.of(2016, 9, 15),
            "HIGH",
            "API",
            null,
            "Customer reported that the APIs are just running too fast. This is causing a problem in"
                + " that they're so happy.",
            "Account Manager",
            "In Progress",
            "Bug",
            LocalDate.of(2016, 9, 28),
            List.of()));
    store.put(
        new BugTicket(
            988,
            "API-54: Question about bulk APIs",
            URI.create("http://example.com/2"),
            LocalDate.of(2016, 8, 4),
            "HIGH",
            "API",
            "ksmith@hubspot.com",
            "Customer is not able to find documentation about our bulk Contacts APIs.",
            "Support Rep",
            "Resolved",
            "Bug",
            LocalDate.of(2016, 9, 23),
            List.of(
                Property.email("Resolved by", "ijones@hubspot.com"),
                Property.string("Resolution type", "Referred to documentation"),
                Property.currency("Resolution impact", new BigDecimal("94.34"), "GBP"))));
    return store;
  }

  public synchronized void put(BugTicket ticket) {
    tickets.put(ticket.id(), ticket);
    largestId = Math.max(largestId, ticket.id());
    all = List.copyOf(tickets.values());
  }

  /**
   * Stores a new ticket under an id no ticket has had, taken and used in one step, so that two
   * reports filed at once get two ids.
   *
   * @param ticket makes the ticket for the id it is given
   */
  public synchronized BugTicket file(LongFunction<BugTicket> ticket) {
    BugTicket filed = ticket.apply(largestId + 1);
    put(filed);
    return filed;
  }

  /**
   * Replaces ticket {@code id} with what {@code change} makes of it, in one step, so that a
   * change never brings back a ticket deleted meanwhile nor undoes another change.
   *
   * @return the ticket as it was, or empty if there is none
   */
  public synchronized Optional<BugTicket> getAndUpdate(long id, UnaryOperator<BugTicket> change) {
    BugTicket ticket = tickets.get(id);
    if (ticket == null) {
      return Optional.empty();
    }
    BugTicket changed = change.apply(ticket);
    if (changed != ticket) {
      put(changed);
    }
    return Optional.of(ticket);
  }

  public Optional<BugTicket> get(long id) {
    return Optional.ofNullable(tickets.get(id));
  }

  public synchronized boolean remove(long id) {
    boolean removed = tickets.remove(id) != null;
    if (removed) {
      all = List.copyOf(tickets.values());
    }
    return removed;
  }

  /** All tickets, by id; unmodifiable. */
  public List<BugTicket> all() {
    return all;
  }
}

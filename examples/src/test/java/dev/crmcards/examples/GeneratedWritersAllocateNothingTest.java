package dev.crmcards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.CardResponse;
import dev.crmcards.examples.bugtracker.BugTicket;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.examples.orders.Order;
import dev.crmcards.examples.orders.OrderBook;
import dev.crmcards.examples.orders.OrderCrmCard;
import dev.crmcards.examples.orders.OrderSummary;
import dev.crmcards.json.JsonOutput;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The generated writers of the example cards write an answer without allocating, as the writers
 * promise ("zero allocation in writers"): counted by the JVM for this thread, the least of several
 * rounds once the JIT has settled. A count, not a time.
 */
class GeneratedWritersAllocateNothingTest {

  /** Bytes this thread allocated running {@code write} 2,000 times, the least of 20 rounds. */
  private static long allocatedBy(Runnable write) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long least = Long.MAX_VALUE;
    for (int round = 0; round < 20 && least > 0; round++) {
      long before = threads.getThreadAllocatedBytes(id);
      for (int i = 0; i < 2_000; i++) {
        write.run();
      }
      least = Math.min(least, threads.getThreadAllocatedBytes(id) - before);
    }
    return least;
  }

  @Test
  void theBugTrackersAnswer() {
    CardResponse<BugTicket> response = CardResponse.of(TicketStore.withGuideTickets().all());
    JsonOutput json = new JsonOutput(64 * 1024);
    assertThat(allocatedBy(() -> {
      json.reset();
      BugTicketCrmCard.write(response, json);
    })).isZero();
    assertThat(json.toString()).startsWith("{\"results\":[{\"objectId\":");
  }

  @Test
  void theOrdersFirstPageWithItsSummary() {
    OrderBook book = new OrderBook();
    CardResponse<Order> page = CardResponse.builder(book.of(4242).subList(0, 10)).total(200).build();
    OrderSummary summary = book.summaryOf(4242);
    JsonOutput json = new JsonOutput(64 * 1024);
    assertThat(allocatedBy(() -> {
      json.reset();
      OrderCrmCard.write(page, summary, 10, json);
    })).isZero();
    assertThat(json.toString()).contains("\"total\":200", "\"summary\":{");
  }
}

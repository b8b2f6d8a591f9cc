package dev.crmcards.examples.bugtracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TicketStoreTest {
  private static BugTicket ticket(long id) {
    return new BugTicket(id, "Ticket " + id, null, null, null, null, null, null, null, "In Progress", null, null, null);
  }

  @Test
  void aDeletedTicketsIdIsNotGivenAgain() {
    TicketStore store = TicketStore.withGuideTickets();
    assertThat(store.file(TicketStoreTest::ticket).id()).isEqualTo(989);
    assertThat(store.remove(989)).isTrue();
    assertThat(store.file(TicketStoreTest::ticket).id()).isEqualTo(990);
    assertThat(new TicketStore().file(TicketStoreTest::ticket).id()).isEqualTo(1);
  }

  @Test
  void anUpdateNeverBringsBackADeletedTicket() {
    TicketStore store = TicketStore.withGuideTickets();
    assertThat(store.remove(245)).isTrue();
    assertThat(store.getAndUpdate(245, t -> t.withStatus("Resolved"))).isEmpty();
    assertThat(store.get(245)).isEmpty();
    BugTicket before = store.getAndUpdate(988, t -> t.withStatus("Reopened")).orElseThrow();
    assertThat(before.status()).isEqualTo("Resolved");
    assertThat(store.get(988).orElseThrow().status()).isEqualTo("Reopened");
  }

  @Test
  void resolvesAtOnceFindTheTicketOpenOnceAndADeleteMeanwhileStaysDeleted() throws Exception {
    for (int round = 0; round < 50; round++) {
      TicketStore store = TicketStore.withGuideTickets();
      AtomicInteger opens = new AtomicInteger();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      for (int i = 0; i < 4; i++) {
        int task = i;
        pool.execute(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          if (task == 3) {
            store.remove(245);
            return;
          }
          store.getAndUpdate(245, t -> t.open() ? t.withStatus("Resolved") : t)
              .filter(BugTicket::open)
              .ifPresent(t -> opens.incrementAndGet());
        });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(opens.get()).as("resolves that found 245 open").isLessThanOrEqualTo(1);
      assertThat(store.get(245)).as("245 after its delete").isEmpty();
    }
  }

  @Test
  void reportsFiledAtOnceGetIdsOfTheirOwn() throws Exception {
    TicketStore store = new TicketStore();
    Set<Long> ids = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 400; i++) {
      pool.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        ids.add(store.file(TicketStoreTest::ticket).id());
      });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(ids).hasSize(400);
    assertThat(store.all()).hasSize(400);
  }
}

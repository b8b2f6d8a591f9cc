package dev.crmcards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.CapturedLog;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Card names are unique per test: the "once" is per class loader. */
class ResultLimitTest {

  private CapturedLog log;
  private List<LogRecord> records;

  @BeforeEach
  void captureLog() {
    log = CapturedLog.of(ResultLimit.class.getName());
    records = log.records();
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  @Test
  void resultsWithinTheLimitPassUnlogged() {
    for (int size = 0; size <= 5; size++) {
      assertThat(ResultLimit.limit("within", size)).isEqualTo(size);
      assertThat(ResultLimit.warnOnce("within", size)).isFalse();
    }
    assertThat(records).isEmpty();
  }

  @Test
  void moreResultsAreCutToFiveAndLoggedOnce() {
    assertThat(ResultLimit.limit("bugs", 12)).isEqualTo(5);
    assertThat(ResultLimit.limit("bugs", 6)).isEqualTo(5);
    assertThat(ResultLimit.warnOnce("bugs", 40)).isFalse();
    assertThat(records).hasSize(1);
    LogRecord record = records.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
    assertThat(record.getMessage())
        .isEqualTo(
            "CRM card \"bugs\" returned 12 results; HubSpot shows at most 5, so only the first 5"
                + " are sent. Link to the rest from a result or an action. (Logged once per card.)");
  }

  @Test
  void eachCardIsLoggedOnce() {
    assertThat(ResultLimit.warnOnce("card-a", 6)).isTrue();
    assertThat(ResultLimit.warnOnce("card-b", 7)).isTrue();
    assertThat(ResultLimit.warnOnce("card-a", 8)).isFalse();
    assertThat(records).hasSize(2);
    assertThat(records.get(1).getMessage()).startsWith("CRM card \"card-b\" returned 7 results");
  }

  @Test
  void onceEvenUnderConcurrency() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> logged = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        logged.add(
            pool.submit(
                () -> {
                  start.await();
                  return ResultLimit.warnOnce("concurrent", 9);
                }));
      }
      start.countDown();
      int count = 0;
      for (Future<Boolean> f : logged) {
        count += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(count).isEqualTo(1);
      assertThat(records).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cardNameIsRequired() {
    assertThatThrownBy(() -> ResultLimit.warnOnce(null, 9))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cardName");
  }

  @Test
  void aPageWithinItsSizePassesUnlogged() {
    assertThat(ResultLimit.limitPage("orders-fit", 0, 10)).isZero();
    assertThat(ResultLimit.limitPage("orders-fit", 10, 10)).isEqualTo(10);
    assertThat(ResultLimit.limitPage("orders-fit", 1, 1)).isEqualTo(1);
    assertThat(records).isEmpty();
  }

  @Test
  void extraRowsAreDroppedAndLoggedOncePerCard() {
    assertThat(ResultLimit.limitPage("orders-long", 12, 10)).isEqualTo(10);
    // Dropped each time, told once.
    assertThat(ResultLimit.limitPage("orders-long", 101, 100)).isEqualTo(100);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(records.get(0).getMessage())
        .isEqualTo(
            "CRM card \"orders-long\" returned 12 rows for a page of 10; only the first 10 are sent. Return one"
                + " page of rows: FetchRequest.page() and pageSize() say which. (Logged once per card.)");
    assertThat(ResultLimit.limitPage("orders-longer", 3, 2)).isEqualTo(2);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).getMessage()).startsWith("CRM card \"orders-longer\" returned 3 rows for a page of 2;");
  }

  /** Checks {@code results} rows and {@code total} on {@code page} of 10 rows. */
  private static void check(String card, int page, int results, OptionalLong total) {
    ResultLimit.checkTotal(card, page, 10, results, total);
  }

  @Test
  void aTotalThatCountsEveryRowUpToThePageIsQuiet() {
    check("orders-ok", 1, 10, OptionalLong.of(10));
    check("orders-ok", 3, 4, OptionalLong.of(24));
    // A page past the end has no rows to count, whatever the total; rows beyond the page are cut.
    check("orders-ok", 9, 0, OptionalLong.of(24));
    check("orders-ok", 1, 12, OptionalLong.of(10));
    check("orders-ok", 2, 10, OptionalLong.empty());
    assertThat(records).isEmpty();
  }

  @Test
  void aTotalShortOfThePagesRowsIsLoggedOncePerCard() {
    check("orders-short", 2, 3, OptionalLong.of(12));
    check("orders-short", 1, 2, OptionalLong.of(1));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(records.get(0).getMessage())
        .isEqualTo(
            "CRM card \"orders-short\" answered page 2 with 3 rows and a total of 12, fewer than the 13"
                + " objects up to that page. The card offers as many pages as the total fills: give"
                + " CardResponse.Builder.total the number of objects on all pages. (Logged once per card.)");
  }
}

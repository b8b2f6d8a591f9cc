package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where a route's handler runs under the deadline, and how the watch keeps count. */
class CallPlacementTest {
  private static final long DEADLINE = TimeUnit.SECONDS.toNanos(4);

  private static CallPlacement quick() {
    CallPlacement placement = new CallPlacement();
    for (int i = 0; i < CallPlacement.QUICK_CALLS_BEFORE_INLINE; i++) {
      placement.handlerTook(TimeUnit.MILLISECONDS.toNanos(1), DEADLINE);
    }
    return placement;
  }

  @Test
  void aNewRouteRunsOnTheExecutorUntilItHasBeenQuickEnoughTimes() {
    CallPlacement placement = new CallPlacement();
    for (int i = 0; i < CallPlacement.QUICK_CALLS_BEFORE_INLINE; i++) {
      assertThat(placement.mayRunInline()).isFalse();
      placement.handlerTook(TimeUnit.MILLISECONDS.toNanos(1), DEADLINE);
    }
    assertThat(placement.mayRunInline()).isTrue();
  }

  @Test
  void slowIsMeasuredAgainstTheDeadlineNotAFewMilliseconds() {
    CallPlacement placement = quick();
    // A request thread descheduled for 50 ms on a busy machine is not a slow handler.
    placement.handlerTook(TimeUnit.MILLISECONDS.toNanos(50), DEADLINE);
    assertThat(placement.mayRunInline()).isTrue();
    // A quarter of the deadline is.
    placement.handlerTook(DEADLINE / 4 + 1, DEADLINE);
    assertThat(placement.mayRunInline()).isFalse();
  }

  @Test
  void aMissedDeadlineSendsTheNextCallsToTheExecutor() {
    CallPlacement placement = quick();
    placement.missedDeadline();
    assertThat(placement.mayRunInline()).isFalse();
  }

  @Test
  void aRouteCrowdedWithInlineCallsSendsMoreToTheExecutorUntilTheyEnd() {
    CallPlacement placement = quick();
    placement.runningInline(CallPlacement.MAX_INLINE - 1);
    assertThat(placement.mayRunInline()).isTrue();
    placement.runningInline(CallPlacement.MAX_INLINE);
    assertThat(placement.mayRunInline()).isFalse();
    placement.runningInline(0);
    assertThat(placement.mayRunInline()).isTrue();
  }

  @Test
  void theWatchForgetsTheSlotsOfThreadsThatEnded() throws Exception {
    DeadlineWatch watch = new DeadlineWatch(TimeUnit.MILLISECONDS.toNanos(5));
    try {
      for (int i = 0; i < 3; i++) {
        Thread thread = new Thread(() -> {
          watch.enter(null);
          watch.leave();
        });
        thread.start();
        thread.join();
      }
      long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (watch.slotCount() > 0 && System.nanoTime() < end) {
        Thread.sleep(5);
      }
      assertThat(watch.slotCount()).isZero();
    } finally {
      watch.stop(0);
    }
  }
}

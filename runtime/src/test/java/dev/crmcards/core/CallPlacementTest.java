package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aCallHoldsALaneWhileItRunsAndCallsBeyondTheLanesAreTurnedAway() {
    // A watch that does not look before it is stopped, and a call it would never expire anyway.
    DeadlineWatch watch = new DeadlineWatch(TimeUnit.HOURS.toNanos(1));
    HandlerCall call = new HandlerCall(null, null, null, null, Long.MAX_VALUE);
    try {
      int[] taken = new int[DeadlineWatch.LANES];
      for (int i = 0; i < DeadlineWatch.LANES; i++) {
        taken[i] = watch.enter(call);
      }
      assertThat(taken).doesNotContain(-1).doesNotHaveDuplicates();
      assertThat(watch.busyLanes()).isEqualTo(DeadlineWatch.LANES);
      // Every lane is taken: the call must run elsewhere.
      assertThat(watch.enter(call)).isEqualTo(-1);

      watch.leave(taken[3]);
      assertThat(watch.busyLanes()).isEqualTo(DeadlineWatch.LANES - 1);
      assertThat(watch.enter(call)).isEqualTo(taken[3]);
      for (int lane : taken) {
        watch.leave(lane);
      }
      assertThat(watch.busyLanes()).isZero();
    } finally {
      watch.stop(0);
    }
  }

  @Test
  void thereAreFourTimesAsManyLanesAsCallsOneRouteMayRunInline() {
    assertThat(DeadlineWatch.LANES).isGreaterThanOrEqualTo(4 * CallPlacement.MAX_INLINE);
    assertThat(Integer.bitCount(DeadlineWatch.LANES)).isEqualTo(1);
  }
}

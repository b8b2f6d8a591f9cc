package dev.crmcards.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * One thread that enforces the deadlines of a pipeline's handler calls, so that starting and
 * ending a call costs one compare-and-set and one store instead of scheduling and cancelling a
 * timer task.
 *
 * <p>A call that runs on its request thread takes a free lane of a fixed table for as long as it
 * runs; a call on the executor is kept in a set. Every {@link #tick} the watch looks at both and
 * expires the calls past their deadline, so a 503 goes out at most one tick late. On the same
 * look it tells each route how many of its calls run inline ({@link
 * CallPlacement#runningInline}).
 *
 * <p>Lanes rather than a slot per thread: a thread-local costs a lookup in the thread's own map,
 * and every entry we add there makes the container's and the JDK's lookups on the same thread
 * collide more often; the table also has nothing to clean up when containers retire threads.
 */
final class DeadlineWatch {
  private static final AtomicInteger WATCHES = new AtomicInteger();

  /**
   * How many calls may run inline at once, over all routes: four times as many as one route may
   * ({@link CallPlacement#MAX_INLINE}), a power of two. More go to the executor.
   */
  static final int LANES = Integer.highestOneBit(4 * CallPlacement.MAX_INLINE - 1) << 1;

  private final long tickNanos;
  private final AtomicReferenceArray<HandlerCall> lanes = new AtomicReferenceArray<>(LANES);
  /** Calls that run on the executor, and so in no lane. */
  private final Set<HandlerCall> detached = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  private volatile boolean stopped;

  /** Starts the watch thread; {@code tickNanos} is how often it looks. */
  DeadlineWatch(long tickNanos) {
    this.tickNanos = tickNanos;
    this.thread = new Thread(this::watch, "crmcards-deadline-" + WATCHES.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
  }

  /** The tick for a deadline: a twentieth of it, between 1 and 50 ms. */
  static long tickFor(long timeoutMillis) {
    return TimeUnit.MILLISECONDS.toNanos(Math.max(1, Math.min(50, timeoutMillis / 20)));
  }

  /**
   * Watches a call that runs on the calling thread until {@link #leave(int)}.
   *
   * @return its lane, or -1 if every lane is taken (the call must then run elsewhere)
   */
  int enter(HandlerCall call) {
    // Threads start looking at different lanes, so that they rarely meet.
    int first = Thread.currentThread().hashCode();
    for (int i = 0; i < LANES; i++) {
      int lane = (first + i) & (LANES - 1);
      if (lanes.get(lane) == null && lanes.compareAndSet(lane, null, call)) {
        return lane;
      }
    }
    return -1;
  }

  /** Ends watching the call in {@code lane}. */
  void leave(int lane) {
    // The call has answered by now, so a watch that still sees it there leaves it be.
    lanes.setRelease(lane, null);
  }

  /** Watches a call that runs elsewhere until {@link #forget(HandlerCall)}. */
  void watchDetached(HandlerCall call) {
    detached.add(call);
  }

  void forget(HandlerCall call) {
    detached.remove(call);
  }

  private void watch() {
    Map<CallPlacement, Integer> inline = new HashMap<>();
    Set<CallPlacement> crowdedBefore = new HashSet<>();
    while (!stopped) {
      LockSupport.parkNanos(this, tickNanos);
      long now = System.nanoTime();
      for (int lane = 0; lane < LANES; lane++) {
        HandlerCall call = lanes.get(lane);
        if (call == null) {
          continue;
        }
        if (call.isOverdue(now)) {
          call.expire();
        } else {
          inline.merge(call.placement(), 1, Integer::sum);
        }
      }
      tellPlacements(inline, crowdedBefore);
      for (HandlerCall call : detached) {
        if (call.isOverdue(now)) {
          detached.remove(call);
          call.expire();
        }
      }
    }
  }

  /** Tells each route how many calls run inline; those no longer counted run none. */
  private static void tellPlacements(
      Map<CallPlacement, Integer> inline, Set<CallPlacement> crowdedBefore) {
    for (CallPlacement placement : crowdedBefore) {
      if (!inline.containsKey(placement)) {
        placement.runningInline(0);
      }
    }
    crowdedBefore.clear();
    inline.forEach((placement, calls) -> {
      placement.runningInline(calls);
      if (calls >= CallPlacement.MAX_INLINE) {
        crowdedBefore.add(placement);
      }
    });
    inline.clear();
  }

  /**
   * Stops the thread after the calls still watched have ended or expired (at most {@code
   * graceMillis}).
   */
  void stop(long graceMillis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    while (System.nanoTime() < end && (!detached.isEmpty() || busyLanes() > 0)) {
      LockSupport.parkNanos(tickNanos);
    }
    stopped = true;
    LockSupport.unpark(thread);
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How many lanes hold a call. */
  int busyLanes() {
    int busy = 0;
    for (int lane = 0; lane < LANES; lane++) {
      if (lanes.get(lane) != null) {
        busy++;
      }
    }
    return busy;
  }
}

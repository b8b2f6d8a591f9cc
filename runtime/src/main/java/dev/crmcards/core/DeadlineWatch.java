package dev.crmcards.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One thread that enforces the deadlines of a pipeline's handler calls, so that starting and
 * ending a call costs two plain volatile writes instead of scheduling and cancelling a timer task.
 *
 * <p>Each request thread gets a slot the first time it runs a call; while the call runs, the slot
 * holds it. Every {@link #tick} the watch looks at all slots (and at the calls detached to the
 * executor) and expires those past their deadline. So a 503 goes out at most one tick late. On
 * the same look it tells each route how many of its calls run inline ({@link
 * CallPlacement#runningInline}), and drops the slots of threads that have ended (containers
 * retire idle threads and start new ones).
 */
final class DeadlineWatch {
  private static final AtomicInteger WATCHES = new AtomicInteger();

  /** The calling thread's slot; one per thread and watch. */
  private static final class Slot {
    final Thread owner = Thread.currentThread();
    volatile HandlerCall call;
  }

  private final long tickNanos;
  private final ThreadLocal<Slot> slotOfThread = ThreadLocal.withInitial(this::newSlot);
  private final List<Slot> slots = new CopyOnWriteArrayList<>();
  /** Calls that run on the executor, and so on no slot. */
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

  private Slot newSlot() {
    Slot slot = new Slot();
    slots.add(slot);
    return slot;
  }

  /** Watches a call that runs on the calling thread until {@link #leave()}. */
  void enter(HandlerCall call) {
    slotOfThread.get().call = call;
  }

  /** Ends watching the calling thread's call. */
  void leave() {
    slotOfThread.get().call = null;
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
      for (Slot slot : slots) {
        HandlerCall call = slot.call;
        if (call == null) {
          if (!slot.owner.isAlive()) {
            slots.remove(slot);
          }
        } else if (call.isOverdue(now)) {
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
    while (System.nanoTime() < end && (!detached.isEmpty() || anyBusySlot())) {
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

  /** How many request threads have a slot. */
  int slotCount() {
    return slots.size();
  }

  private boolean anyBusySlot() {
    for (Slot slot : slots) {
      if (slot.call != null) {
        return true;
      }
    }
    return false;
  }
}

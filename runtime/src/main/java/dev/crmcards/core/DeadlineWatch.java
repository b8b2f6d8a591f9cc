package dev.crmcards.core;

import java.util.List;
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
 * executor) and expires those past their deadline. So a 503 goes out at most one tick late.
 */
final class DeadlineWatch {
  private static final AtomicInteger WATCHES = new AtomicInteger();

  /** The calling thread's slot; one per thread and watch. */
  private static final class Slot {
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
    while (!stopped) {
      LockSupport.parkNanos(this, tickNanos);
      long now = System.nanoTime();
      for (Slot slot : slots) {
        HandlerCall call = slot.call;
        if (call != null && call.isOverdue(now)) {
          call.expire();
        }
      }
      for (HandlerCall call : detached) {
        if (call.isOverdue(now)) {
          detached.remove(call);
          call.expire();
        }
      }
    }
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

  private boolean anyBusySlot() {
    for (Slot slot : slots) {
      if (slot.call != null) {
        return true;
      }
    }
    return false;
  }
}

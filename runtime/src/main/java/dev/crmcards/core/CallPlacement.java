package dev.crmcards.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides, per route, where its handler runs under the deadline: on the calling (request) thread
 * while the handler has been answering quickly, which costs no hand-over between threads; on the
 * handler executor otherwise, so that slow handlers do not hold request threads. The counters are
 * hints, updated without locks; a lost update only delays a switch by a call.
 *
 * <p>"Quick" is measured against the deadline, not against a fixed few milliseconds: on a busy
 * machine a request thread is often descheduled for longer than that in the middle of a handler,
 * and a route that flipped to the executor for it would pay a hand-over on every call for
 * nothing.
 */
final class CallPlacement {
  /** A handler call shorter than this fraction of the deadline counts as quick. */
  static final int QUICK_FRACTION_OF_DEADLINE = 4;

  /** Quick calls in a row after which the route's calls run on the request thread. */
  static final int QUICK_CALLS_BEFORE_INLINE = 16;

  /**
   * Calls of one route that may run on request threads at once: if the handler suddenly hangs,
   * at most this many request threads wait for it (until the deadline answers for them and
   * interrupts them); every other call goes to the executor. As many as the default handler pool
   * has threads, so that ordinary load on a few cores (where a preempted request thread keeps its
   * place for a while) never reaches it.
   */
  static final int MAX_INLINE = HandlerThreads.defaultThreads();

  private volatile int quickCalls;
  private final AtomicInteger inline = new AtomicInteger();

  /**
   * Whether the next call may run on the request thread; if so, the caller must call {@link
   * #inlineDone()} afterwards.
   */
  boolean mayRunInline() {
    if (quickCalls < QUICK_CALLS_BEFORE_INLINE) {
      return false;
    }
    if (inline.incrementAndGet() <= MAX_INLINE) {
      return true;
    }
    inline.decrementAndGet();
    return false;
  }

  void inlineDone() {
    inline.decrementAndGet();
  }

  /** Records how long a handler call took, under a deadline of {@code deadlineNanos}. */
  void handlerTook(long nanos, long deadlineNanos) {
    if (nanos > deadlineNanos / QUICK_FRACTION_OF_DEADLINE) {
      quickCalls = 0;
    } else if (quickCalls < QUICK_CALLS_BEFORE_INLINE) {
      quickCalls++;
    }
  }

  /** Records a missed deadline: the next calls go to the executor. */
  void missedDeadline() {
    quickCalls = 0;
  }
}

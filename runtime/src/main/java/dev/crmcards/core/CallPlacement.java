package dev.crmcards.core;

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
   * at most about this many request threads wait for it (until the deadline answers for them and
   * interrupts them); other calls go to the executor. As many as the default handler pool has
   * threads, so that ordinary load on a few cores (where a preempted request thread keeps its
   * place for a while) never reaches it. The {@link DeadlineWatch} counts them on each of its
   * ticks, so the request path pays no shared counter.
   */
  static final int MAX_INLINE = HandlerThreads.defaultThreads();

  private volatile int quickCalls;
  /** Whether {@link #MAX_INLINE} or more calls ran inline at the watch's last tick. */
  private volatile boolean crowded;

  /** Whether the next call may run on the request thread. */
  boolean mayRunInline() {
    return quickCalls >= QUICK_CALLS_BEFORE_INLINE && !crowded;
  }

  /** From the watch: how many of the route's calls are running inline now. */
  void runningInline(int calls) {
    boolean now = calls >= MAX_INLINE;
    if (crowded != now) {
      crowded = now;
    }
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

package dev.crmcards.servlet;

import dev.crmcards.HttpMethod;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One route of a card: a fetch (always GET) or a hook. Exactly one of the handlers is set.
 *
 * <p>Besides its definition, a route keeps a little statistics that decide where {@link
 * CardServlet} runs its handler under the deadline: on the container's request thread while the
 * handler has been answering quickly (no hand-over to another thread, the cheapest way), on the
 * handler executor otherwise, so that slow handlers never hold container threads. These fields are
 * hints, updated without locks; a lost update only delays a switch by a call.
 */
final class Route {
  /** A handler call faster than this counts as quick. */
  static final long QUICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** Quick calls in a row after which the route's calls run on the request thread. */
  static final int QUICK_CALLS_BEFORE_INLINE = 16;

  /**
   * Calls of one route that may run on request threads at once: if the handler suddenly hangs,
   * at most this many container threads wait for it (until the deadline interrupts them); every
   * other call goes to the executor.
   */
  static final int MAX_INLINE = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  private volatile int quickCalls;
  private final AtomicInteger inline = new AtomicInteger();

  final String card;
  final HttpMethod method;
  final PathTemplate path;
  final FetchRoute fetch;
  final HookRoute hook;

  Route(String card, HttpMethod method, PathTemplate path, FetchRoute fetch, HookRoute hook) {
    this.card = card;
    this.method = method;
    this.path = path;
    this.fetch = fetch;
    this.hook = hook;
  }

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

  /** Records how long a handler call took; {@code Long.MAX_VALUE} if it missed its deadline. */
  void handlerTook(long nanos) {
    if (nanos > QUICK_NANOS) {
      quickCalls = 0;
    } else if (quickCalls < QUICK_CALLS_BEFORE_INLINE) {
      quickCalls++;
    }
  }

  /** Whether both would answer the same requests. */
  boolean conflictsWith(Route other) {
    return method == other.method && path.sameShape(other.path);
  }

  /** For example {@code PUT /tickets/{id}/resolve}. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}

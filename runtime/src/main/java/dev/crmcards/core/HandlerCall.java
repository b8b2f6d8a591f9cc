package dev.crmcards.core;

import dev.crmcards.CardRequest;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * One handler call under a deadline. Whoever first moves the state away from {@link #PENDING}
 * sends the answer and is the only one to: the handler's thread with the handler's answer, or the
 * deadline with a 503. Nothing is sent twice, and nothing after the adapter has abandoned the
 * exchange. Every way the call ends goes back to the pipeline through its {@link Exchange}, and
 * only there; the handler's thread always tells the last of them (its answer, late or not, or that
 * it never ran), so that the guard learns how the request ended exactly once.
 *
 * <p>Three ways to run, chosen by {@link CallPlacement} and the adapter:
 *
 * <ul>
 *   <li>{@linkplain #tryRunHere here}: on the calling thread, watched by the {@link DeadlineWatch},
 *       which on the deadline sends the 503 from its own thread and interrupts this one;
 *   <li>{@linkplain #detach detached}: on the executor, the calling thread already back with the
 *       adapter, which then ends the exchange when the answer is sent;
 *   <li>{@linkplain #runAndWait waiting}: on the executor, the calling thread waiting for it until
 *       the deadline and sending whichever answer comes first itself.
 * </ul>
 */
final class HandlerCall implements Runnable {
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(HandlerCall.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Nobody has answered yet. */
  static final int PENDING = 0;
  /** The handler's answer (or failure) is being or has been sent. */
  static final int ANSWERED = 1;
  /** The deadline passed; the handler is being interrupted and the 503 sent. */
  static final int EXPIRING = 2;
  /** The deadline passed and the 503 has been sent. */
  static final int EXPIRED = 3;
  /** The adapter ended the exchange (the client went away); nothing is sent. */
  static final int ABANDONED = 4;

  /** Who answers: one of the constants above, moved only through {@link #STATE}. */
  private volatile int state;
  private final Route route;
  private final PathParameters parameters;
  private final CardRequest request;
  private final Exchange exchange;
  private final long deadlineNanos;

  /** Detached mode: the watch that keeps this call until it ends. */
  private volatile DeadlineWatch watchedBy;
  /** The thread running the handler, while it does. */
  private volatile Thread runner;
  /** Waiting mode: the calling thread, and the answer it is to send. */
  private Thread waiter;
  private volatile boolean waiting;
  private Result result;

  HandlerCall(
      Route route,
      PathParameters parameters,
      CardRequest request,
      Exchange exchange,
      long deadlineNanos) {
    this.route = route;
    this.parameters = parameters;
    this.request = request;
    this.exchange = exchange;
    this.deadlineNanos = deadlineNanos;
  }

  /** Where the route's calls run; the watch tells it how many run inline. */
  CallPlacement placement() {
    return route.placement;
  }

  boolean isOverdue(long now) {
    return now - deadlineNanos >= 0 && state == PENDING;
  }

  // ---------------------------------------------------------------------------------------------
  // On the calling thread.

  /**
   * Runs the handler on this thread under the deadline, if the watch has a lane free for it;
   * returns once the answer is sent.
   *
   * @return false, having done nothing, if every lane is taken
   */
  boolean tryRunHere(DeadlineWatch watch) {
    int lane = watch.enter(this);
    if (lane < 0) {
      return false;
    }
    try {
      // Timed from the request's start: verifying and parsing it took microseconds, nothing
      // against the quarter of the deadline that makes a call slow, and one clock read is saved.
      runHandler(exchange.startNanos);
    } finally {
      watch.leave(lane);
    }
    return true;
  }

  /** Hands the handler to the executor; the adapter ends the exchange when it is answered. */
  void detach(DeadlineWatch watch, HandlerThreads threads) {
    watchedBy = watch;
    watch.watchDetached(this);
    try {
      threads.executor.execute(this);
    } catch (RejectedExecutionException e) {
      watch.forget(this);
      if (STATE.compareAndSet(this, PENDING, ANSWERED)) {
        exchange.end(Exchange.End.BUSY, null);
      } else {
        // The client left first: nothing to send, but the guard must still hear of it.
        exchange.end(Exchange.End.NOT_RUN, null);
      }
    }
  }

  /** For a pool shutting down: the call was queued and will never run. */
  void dropped() {
    expire();
    exchange.end(Exchange.End.NOT_RUN, null);
  }

  /** For the adapter: the client or the container ended the exchange. */
  void abandon(DeadlineWatch watch) {
    if (STATE.compareAndSet(this, PENDING, ABANDONED)) {
      watch.forget(this);
      exchange.end(Exchange.End.ABANDONED, null);
    }
  }

  /**
   * Hands the handler to the executor and waits for its answer until the deadline, then sends the
   * answer or the 503 from this thread.
   */
  void runAndWait(HandlerThreads threads) {
    waiter = Thread.currentThread();
    waiting = true;
    try {
      threads.executor.execute(this);
    } catch (RejectedExecutionException e) {
      exchange.end(Exchange.End.BUSY, null);
      return;
    }
    boolean interrupted = false;
    while (state == PENDING) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        break;
      }
      LockSupport.parkNanos(this, left);
      if (Thread.interrupted()) {
        interrupted = true;
      }
    }
    if (!expire()) {
      // The handler answered (the only other way out of PENDING here).
      exchange.end(Exchange.End.ANSWERED, result);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The handler, on whichever thread runs it.

  /** On the executor. */
  @Override
  public void run() {
    runHandler(System.nanoTime());
  }

  /** Runs the handler, which this thread started to serve at {@code startNanos}. */
  private void runHandler(long startNanos) {
    if (state != PENDING) {
      // The deadline passed while the call waited for a thread, or the client is gone.
      unwatch();
      exchange.end(Exchange.End.NOT_RUN, null);
      return;
    }
    runner = Thread.currentThread();
    Result answer;
    try {
      // Waiting mode: another thread sends the answer, so it must not sit in this thread's buffer.
      answer = route.call(parameters, request, exchange.body, waiting);
    } finally {
      runner = null;
    }
    route.placement.handlerTook(
        System.nanoTime() - startNanos, deadlineNanos - exchange.startNanos);
    if (waiting) {
      result = answer;
    }
    boolean first = STATE.compareAndSet(this, PENDING, ANSWERED);
    unwatch();
    if (!first) {
      // The deadline, or the client leaving, came first.
      clearExpiry();
      exchange.end(Exchange.End.LATE, answer);
    } else if (waiting) {
      LockSupport.unpark(waiter);
    } else {
      exchange.end(Exchange.End.ANSWERED, answer);
    }
  }

  /** A detached call that has ended leaves its watch, which would otherwise keep it for good. */
  private void unwatch() {
    DeadlineWatch watch = watchedBy;
    if (watch != null) {
      watch.forget(this);
    }
  }

  /**
   * If the deadline is interrupting this thread and sending the 503, lets it finish (the exchange
   * must stay open until then), then clears the interrupt, so that it hits neither the ending of
   * the late answer (a replay store's network call) nor whatever this thread runs next.
   */
  private void clearExpiry() {
    if (state == ABANDONED) {
      return;
    }
    while (state == EXPIRING) {
      LockSupport.parkNanos(100_000);
    }
    Thread.interrupted();
  }

  // ---------------------------------------------------------------------------------------------
  // The deadline, on the watch thread (or the waiting calling thread).

  /**
   * Takes over the answer with a 503 if nobody has answered, interrupts the handler and sends the
   * 503.
   *
   * @return whether this call sent the 503
   */
  boolean expire() {
    if (!STATE.compareAndSet(this, PENDING, EXPIRING)) {
      return false;
    }
    try {
      Thread thread = runner;
      if (thread != null) {
        thread.interrupt();
      }
      route.placement.missedDeadline();
      exchange.end(Exchange.End.TIMED_OUT, null);
    } finally {
      state = EXPIRED;
    }
    return true;
  }
}

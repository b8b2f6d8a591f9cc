package dev.crmcards.servlet;

import dev.crmcards.CardRequest;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One handler call under a deadline. The handler runs on the executor; whoever first moves the
 * state away from {@link #PENDING} owns the response and is the only one to write it: the handler
 * thread with the handler's answer, the deadline with a 503, or the container reporting an error.
 * Everyone else leaves the response alone, so nothing is written twice or after the request is
 * complete.
 *
 * <p>As {@link Runnable} it is the handler task; as {@link Callable} the deadline; as {@link
 * AsyncListener} it hears from the container.
 */
final class HandlerCall extends AtomicInteger implements Runnable, Callable<Void>, AsyncListener {
  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger(CardServlet.class.getName());

  /** Nobody has answered yet. */
  static final int PENDING = 0;
  /** The handler's answer (or failure) is being or has been sent. */
  static final int ANSWERED = 1;
  /** The deadline is interrupting the handler's thread; the 503 follows. */
  static final int INTERRUPTING = 2;
  /** The deadline passed; a 503 is being or has been sent. */
  static final int TIMED_OUT = 3;
  /** The container ended the request (an I/O error); nothing is sent. */
  static final int ABANDONED = 4;

  private final transient CardServlet servlet;
  private final transient Route route;
  private final transient PathParameters parameters;
  private final transient CardRequest request;
  private final transient HttpServletResponse response;
  private final long timeoutMillis;
  /** Whether the container thread waits (no async support) instead of returning at once. */
  private final boolean blocking;

  private transient AsyncContext async;
  private transient volatile Future<?> deadline;
  /** The thread running the handler, while it does. */
  private transient volatile Thread runner;
  /** Blocking mode: the container thread waiting, and the answer it is to send. */
  private transient Thread waiter;
  private transient CardServlet.Outcome outcome;

  HandlerCall(
      CardServlet servlet,
      Route route,
      PathParameters parameters,
      CardRequest request,
      HttpServletResponse response,
      long timeoutMillis,
      boolean blocking) {
    this.servlet = servlet;
    this.route = route;
    this.parameters = parameters;
    this.request = request;
    this.response = response;
    this.timeoutMillis = timeoutMillis;
    this.blocking = blocking;
  }

  // ---------------------------------------------------------------------------------------------
  // Starting, on the container thread.

  /** Puts the request in asynchronous mode and hands the handler to the executor. */
  void startAsync(HttpServletRequest servletRequest, HandlerPool pool) {
    async = servletRequest.startAsync();
    // Only a backstop: the timer below answers first. The container's own async timeout is not
    // precise enough (Tomcat checks it about once a second).
    async.setTimeout(timeoutMillis + CardServlet.CONTAINER_TIMEOUT_MARGIN_MILLIS);
    async.addListener(this);
    try {
      deadline = pool.timer.schedule((Callable<Void>) this, timeoutMillis, TimeUnit.MILLISECONDS);
      pool.executor.execute(this);
    } catch (RejectedExecutionException e) {
      if (compareAndSet(PENDING, ANSWERED)) {
        cancelDeadline();
        servlet.logBusy(route);
        sendAndComplete(CardServlet.busy());
      }
    }
  }

  /**
   * Puts the request in asynchronous mode, arms the deadline and runs the handler on this (the
   * container's) thread, for routes whose handlers have been answering quickly: no hand-over to
   * another thread, and the request completes before the container's thread leaves the servlet.
   * If the handler hangs after all, the deadline still sends the 503 in time and interrupts this
   * thread; the interrupt is cleared before the thread goes back to the container.
   */
  void runInline(HttpServletRequest servletRequest, HandlerPool pool) {
    async = servletRequest.startAsync();
    async.setTimeout(timeoutMillis + CardServlet.CONTAINER_TIMEOUT_MARGIN_MILLIS);
    async.addListener(this);
    try {
      deadline = pool.timer.schedule((Callable<Void>) this, timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      if (compareAndSet(PENDING, ANSWERED)) {
        servlet.logBusy(route);
        sendAndComplete(CardServlet.busy());
      }
      return;
    }
    run();
  }

  /**
   * Without async support: hands the handler to the executor and waits for its answer until the
   * deadline, then sends the answer or the 503 from this (the container's) thread.
   */
  void runAndWait(Executor executor) throws IOException {
    waiter = Thread.currentThread();
    try {
      executor.execute(this);
    } catch (RejectedExecutionException e) {
      servlet.logBusy(route);
      CardServlet.write(response, CardServlet.busy());
      return;
    }
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    boolean interrupted = false;
    while (get() == PENDING) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        break;
      }
      LockSupport.parkNanos(this, left);
      if (Thread.interrupted()) {
        interrupted = true;
      }
    }
    try {
      if (expire()) {
        CardServlet.write(response, CardServlet.timedOut());
      } else {
        // The handler answered (the only other state without a listener).
        servlet.report(route, outcome);
        CardServlet.write(response, outcome);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The handler, on an executor thread.

  @Override
  public void run() {
    runner = Thread.currentThread();
    try {
      if (get() != PENDING) {
        // The deadline passed while the call waited for a thread, or the client is gone.
        return;
      }
      long start = System.nanoTime();
      CardServlet.Outcome answer = servlet.invoke(route, parameters, request, blocking);
      route.handlerTook(System.nanoTime() - start);
      if (blocking) {
        outcome = answer;
        if (compareAndSet(PENDING, ANSWERED)) {
          LockSupport.unpark(waiter);
        } else {
          late(answer);
        }
      } else if (compareAndSet(PENDING, ANSWERED)) {
        cancelDeadline();
        servlet.report(route, answer);
        sendAndComplete(answer);
      } else {
        late(answer);
      }
    } finally {
      runner = null;
      // If the deadline is interrupting this thread, let it finish, then clear the interrupt so
      // that it does not hit whatever this thread runs next.
      if (get() >= INTERRUPTING) {
        while (get() == INTERRUPTING) {
          Thread.onSpinWait();
        }
        Thread.interrupted();
      }
    }
  }

  private void late(CardServlet.Outcome answer) {
    LOG.log(Level.DEBUG, () -> CardServlet.describe(route) + ": answer after the deadline dropped"
        + (answer.failure == null ? "" : " (it failed: " + answer.failure + ")"));
  }

  // ---------------------------------------------------------------------------------------------
  // The deadline, on the timer thread (or the waiting container thread).

  @Override
  public Void call() {
    if (expire()) {
      sendAndComplete(CardServlet.timedOut());
    }
    return null;
  }

  /**
   * Takes the response for the 503 if nobody has answered, and interrupts the handler.
   *
   * @return whether this call now owns the response
   */
  private boolean expire() {
    if (!compareAndSet(PENDING, INTERRUPTING)) {
      return false;
    }
    Thread thread = runner;
    if (thread != null) {
      thread.interrupt();
    }
    set(TIMED_OUT);
    route.handlerTook(Long.MAX_VALUE);
    servlet.logTimeout(route, timeoutMillis);
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // The container's events.

  @Override
  public void onTimeout(AsyncEvent event) {
    call();
  }

  @Override
  public void onError(AsyncEvent event) {
    if (compareAndSet(PENDING, ABANDONED)) {
      cancelDeadline();
      LOG.log(Level.DEBUG, () -> CardServlet.describe(route) + ": request ended by the container: "
          + event.getThrowable());
      complete();
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {
    // Completed by the container itself (for example while shutting down): nobody may write now.
    compareAndSet(PENDING, ABANDONED);
    cancelDeadline();
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted
  }

  // ---------------------------------------------------------------------------------------------

  private void cancelDeadline() {
    Future<?> timer = deadline;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private void sendAndComplete(CardServlet.Outcome answer) {
    try {
      CardServlet.write(response, answer);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, () -> CardServlet.describe(route) + ": could not send the answer: " + e);
    } finally {
      complete();
    }
  }

  private void complete() {
    try {
      async.complete();
    } catch (IllegalStateException e) {
      // already completed by the container
    }
  }
}

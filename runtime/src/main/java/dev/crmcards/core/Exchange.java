package dev.crmcards.core;

/**
 * One request on its way through the pipeline: where its answer goes, and what is known about it
 * so far. It is also the handler call's one way back into the pipeline: wherever the handler runs,
 * each way its call ends is told through {@link #end}, which answers, logs, and tells the guard.
 */
final class Exchange {

  /** How a handler call ended, or a step of its ending. */
  enum End {
    /** The handler answered (or failed) in time: its answer is sent. */
    ANSWERED,
    /** The deadline passed first: the 503 is sent in the handler's place; the handler runs on. */
    TIMED_OUT,
    /** The handler did not get a thread: 503 at once. */
    BUSY,
    /** The handler answered after the deadline or after the client left: nothing is sent. */
    LATE,
    /** The handler will never run (the deadline passed or the client left while it waited). */
    NOT_RUN,
    /** The adapter ended the exchange (the client went away); nothing more is sent. */
    ABANDONED
  }

  final Responder responder;
  final long startNanos;
  private final CardPipeline pipeline;
  Route route;
  /** The request's body, once read: a form route's handler reads the form from it. */
  byte[] body;
  /** The guard's ear for this request; {@code null} if it has none. */
  HandlerGuard.Outcome outcome;

  Exchange(CardPipeline pipeline, Responder responder, long startNanos) {
    this.pipeline = pipeline;
    this.responder = responder;
    this.startNanos = startNanos;
  }

  /**
   * Tells the pipeline how the handler call ended.
   *
   * @param result the answer for {@link End#ANSWERED} and {@link End#LATE}; otherwise ignored
   */
  void end(End end, Result result) {
    pipeline.ended(this, end, result);
  }
}

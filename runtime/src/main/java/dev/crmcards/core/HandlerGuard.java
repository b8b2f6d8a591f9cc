package dev.crmcards.core;

import java.util.Objects;

/**
 * A step between verification and the handler: it sees every verified, routed request and may
 * answer in the handler's place (for example with the stored answer of a hook already handled),
 * or let the handler run and learn how its request ended. A replay store is one ({@link
 * ReplayGuard}).
 *
 * <p>Called on the request thread; must be thread-safe. If it throws, the request is answered 500
 * and the handler does not run.
 *
 * <p>Set with {@link PipelineSettings.Builder#handlerGuard(HandlerGuard)}.
 */
@FunctionalInterface
public interface HandlerGuard {

  /** Lets every request through: the default. */
  HandlerGuard NONE = call -> Admission.PROCEED;

  /** Decides for a verified request; {@link VerifiedCall#hook()} says whether it is a hook. */
  Admission admit(VerifiedCall call) throws Exception;

  /**
   * How a request the guard let through ended: exactly one of the two methods is called, once, on
   * whichever thread learns it.
   */
  interface Outcome {
    /**
     * The request's own answer: the one sent (the handler's, a 400 for a malformed request, a 500
     * for a handler that threw), told just before it is sent; or, when the deadline's 503 went out
     * in the handler's place, the handler's answer once it comes after all (a late success, or the
     * 500 of a handler that gave up on its interrupt). The body may lie in a thread's buffer: keep
     * {@link Answer#copy()}, not the answer.
     */
    void answered(Answer answer);

    /**
     * No answer of the request's own will come: its handler never ran, because no handler thread
     * was free, the deadline passed or the client went away while it waited for one, or the
     * pipeline was closed.
     */
    void unanswered();
  }

  /** The guard's decision. */
  final class Admission {
    /** Run the handler; nothing to learn afterwards. */
    public static final Admission PROCEED = new Admission(null, null);

    final Answer answer;
    final Outcome outcome;

    private Admission(Answer answer, Outcome outcome) {
      this.answer = answer;
      this.outcome = outcome;
    }

    /** Run the handler, then tell {@code outcome} how the request ended. */
    public static Admission proceed(Outcome outcome) {
      return new Admission(null, Objects.requireNonNull(outcome, "outcome"));
    }

    /** Send this answer; the handler does not run. */
    public static Admission answer(Answer answer) {
      return new Admission(Objects.requireNonNull(answer, "answer"), null);
    }
  }
}

package dev.crmcards.core;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A step between verification and the handler: it sees every verified, routed request and may
 * answer in the handler's place (for example with the stored answer of a hook already handled),
 * or let the handler run and learn its final answer. A replay store is one.
 *
 * <p>Called on the request thread; must be thread-safe. If it throws, the request is answered 500
 * and the handler does not run.
 *
 * <p>Set with {@link dev.crmcards.servlet.CardSettings.Builder#handlerGuard(HandlerGuard)}.
 */
@FunctionalInterface
public interface HandlerGuard {

  /** Lets every request through: the default. */
  HandlerGuard NONE = call -> Admission.PROCEED;

  /** Decides for a verified request; {@link VerifiedCall#hook()} says whether it is a hook. */
  Admission admit(VerifiedCall call) throws Exception;

  /** The guard's decision. */
  final class Admission {
    /** Run the handler; nothing to learn afterwards. */
    public static final Admission PROCEED = new Admission(null, null);

    final Answer answer;
    final Consumer<Answer> onAnswer;

    private Admission(Answer answer, Consumer<Answer> onAnswer) {
      this.answer = answer;
      this.onAnswer = onAnswer;
    }

    /**
     * Run the handler, then tell {@code onAnswer} the answer sent: the handler's, a 400/500 for its
     * failure, or the 503 of a missed deadline. Called once, on whichever thread sends it, just
     * before sending; the answer's body may be a thread's buffer, so keep {@link Answer#copy()}.
     */
    public static Admission proceed(Consumer<Answer> onAnswer) {
      return new Admission(null, Objects.requireNonNull(onAnswer, "onAnswer"));
    }

    /** Send this answer; the handler does not run. */
    public static Admission answer(Answer answer) {
      return new Admission(Objects.requireNonNull(answer, "answer"), null);
    }
  }
}

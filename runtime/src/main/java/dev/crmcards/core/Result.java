package dev.crmcards.core;

/** An answer with how the request ended, and what failed if the handler did. */
final class Result {
  final Answer answer;
  final RequestOutcome outcome;
  /** The handler's exception; {@code null} if it answered. */
  final Throwable failure;

  Result(Answer answer, RequestOutcome outcome, Throwable failure) {
    this.answer = answer;
    this.outcome = outcome;
    this.failure = failure;
  }

  Result(Answer answer, RequestOutcome outcome) {
    this(answer, outcome, null);
  }
}

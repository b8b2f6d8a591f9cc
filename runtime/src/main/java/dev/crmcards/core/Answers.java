package dev.crmcards.core;

import java.util.Set;
import java.util.StringJoiner;

/** The pipeline's own answers, encoded once. */
final class Answers {
  private Answers() {}

  static final byte[] EMPTY = new byte[0];

  static final String NO_ROUTE = "no such route";
  static final String WRONG_METHOD = "method not allowed";
  static final String TOO_LARGE = "request body too large";
  static final String BAD_SIGNATURE = "missing or invalid signature";
  static final String FAILED = "internal error";
  static final String TIMED_OUT = "the card did not answer in time";
  static final String BUSY = "too many requests in progress";
  /** For an {@link dev.crmcards.InvalidRequestException} a handler threw without a message. */
  static final String BAD_REQUEST = "bad request";

  static final Result NOT_FOUND_RESULT =
      new Result(new Answer(404, JsonMessage.of(NO_ROUTE)), RequestOutcome.NOT_FOUND);
  static final Result TOO_LARGE_RESULT =
      new Result(new Answer(413, JsonMessage.of(TOO_LARGE)), RequestOutcome.TOO_LARGE);
  static final Result UNAUTHORIZED_RESULT =
      new Result(new Answer(401, JsonMessage.of(BAD_SIGNATURE)), RequestOutcome.UNAUTHORIZED);
  static final Result TIMED_OUT_RESULT =
      new Result(new Answer(503, JsonMessage.of(TIMED_OUT)), RequestOutcome.TIMED_OUT);
  static final Result BUSY_RESULT =
      new Result(new Answer(503, JsonMessage.of(BUSY)), RequestOutcome.BUSY);
  private static final Answer FAILED_ANSWER = new Answer(500, JsonMessage.of(FAILED));
  private static final Answer WRONG_METHOD_ANSWER = new Answer(405, JsonMessage.of(WRONG_METHOD));

  static Result badRequest(String message, Throwable failure) {
    return new Result(new Answer(400, JsonMessage.of(orBadRequest(message))),
        RequestOutcome.BAD_REQUEST, failure);
  }

  /** The message of a 400, {@link #BAD_REQUEST} when it has none. */
  static String orBadRequest(String message) {
    return message == null ? BAD_REQUEST : message;
  }

  static Result failed(Throwable failure) {
    return new Result(FAILED_ANSWER, RequestOutcome.FAILED, failure);
  }

  static Result wrongMethod(Set<dev.crmcards.HttpMethod> allowed) {
    StringJoiner allow = new StringJoiner(", ");
    allowed.forEach(method -> allow.add(method.name()));
    return new Result(WRONG_METHOD_ANSWER.withHeader("Allow", allow.toString()),
        RequestOutcome.METHOD_NOT_ALLOWED);
  }
}

package dev.crmcards.core;

/**
 * How a request ended, for {@link RequestObserver}: a small fixed set, suitable as a metric tag.
 */
public enum RequestOutcome {
  /** The handler answered with a 2xx status. */
  SUCCESS,
  /** The handler answered an error of its own ({@code ActionResult.error}, 4xx or 5xx). */
  ERROR_ANSWER,
  /** 400: a malformed request, or an {@code InvalidRequestException} from the handler. */
  BAD_REQUEST,
  /** 401: missing or invalid signature. */
  UNAUTHORIZED,
  /** 404: signed, but no route has this path. */
  NOT_FOUND,
  /** 405: signed, but no route has this path for this method. */
  METHOD_NOT_ALLOWED,
  /** 413: body larger than allowed. */
  TOO_LARGE,
  /** 500: the handler threw. */
  FAILED,
  /** 503: the handler missed its deadline. */
  TIMED_OUT,
  /** 503: no handler thread free. */
  BUSY,
  /** A {@link HandlerGuard} answered instead of the handler (e.g. a replayed hook). */
  GUARDED;

  /** The class of the HTTP status this outcome normally has, e.g. {@code "4xx"}. */
  public String statusClass() {
    switch (this) {
      case SUCCESS:
      case GUARDED:
        return "2xx";
      case FAILED:
      case TIMED_OUT:
      case BUSY:
        return "5xx";
      case ERROR_ANSWER:
        return "4xx/5xx";
      default:
        return "4xx";
    }
  }
}

package dev.crmcards;

import java.util.Objects;

/**
 * The answer to an action hook: a status and a message for the user. Sent as {@code
 * {"message": "..."}} with the status (200 for {@link #ok(String)}).
 */
public final class ActionResult {

  private final int status;
  private final String message;

  private ActionResult(int status, String message) {
    this.status = status;
    this.message = Objects.requireNonNull(message, "message");
  }

  /** Success (200) with a message for the user. */
  public static ActionResult ok(String message) {
    return new ActionResult(200, message);
  }

  /**
   * Failure with a message for the user.
   *
   * @param status an HTTP client or server error status, 400 to 599
   * @throws IllegalArgumentException if the status is not an error status
   */
  public static ActionResult error(int status, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "an error status must be between 400 and 599, not " + status);
    }
    return new ActionResult(status, message);
  }

  /** The HTTP status: 200, or the error status. */
  public int status() {
    return status;
  }

  /** The message for the user. */
  public String message() {
    return message;
  }

  /** Whether this is {@link #ok(String)}. */
  public boolean isOk() {
    return status == 200;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActionResult
        && ((ActionResult) other).status == status
        && ((ActionResult) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return 31 * status + message.hashCode();
  }

  @Override
  public String toString() {
    return "ActionResult[" + status + ", " + message + "]";
  }
}

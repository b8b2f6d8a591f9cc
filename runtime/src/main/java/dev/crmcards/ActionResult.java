package dev.crmcards;

import dev.crmcards.rules.FormInputs;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to an action hook: a status and a message for the user. Sent as {@code
 * {"message": "..."}} with the status (200 for {@link #ok(String)}); with field errors ({@link
 * #invalid(Map)}) as {@code {"message": "...", "errors": {"<member>": "..."}}}.
 */
public final class ActionResult {

  private final int status;
  private final String message;
  private final Map<String, String> errors;

  private ActionResult(int status, String message, Map<String, String> errors) {
    this.status = status;
    this.message = Objects.requireNonNull(message, "message");
    this.errors = errors;
  }

  private ActionResult(int status, String message) {
    this(status, message, Map.of());
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

  /**
   * A form's value the handler refuses (400), shown at its input in the card, as the server's own
   * checks of the form are.
   *
   * @param field the form member's name
   * @param message what is wrong, for the user
   */
  public static ActionResult invalid(String field, String message) {
    return invalid(Map.of(Objects.requireNonNull(field, "field"), Objects.requireNonNull(message, "message")));
  }

  /**
   * Form values the handler refuses (400), each shown at its input in the card.
   *
   * @param fieldErrors what is wrong, by form member name, in the order to show; not empty
   * @throws IllegalArgumentException if there is no field error, or a name or message is blank
   */
  public static ActionResult invalid(Map<String, String> fieldErrors) {
    Map<String, String> errors = new LinkedHashMap<>();
    fieldErrors.forEach((field, message) -> {
      if (field == null || field.isBlank() || message == null || message.isBlank()) {
        throw new IllegalArgumentException("a field error needs a field name and a message");
      }
      errors.put(field, message);
    });
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("invalid(...) needs at least one field error");
    }
    return new ActionResult(400, FormInputs.INVALID_FORM, Collections.unmodifiableMap(errors));
  }

  /** The field errors of {@link #invalid(Map)}, by form member name; empty otherwise. */
  public Map<String, String> errors() {
    return errors;
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
        && ((ActionResult) other).message.equals(message)
        && ((ActionResult) other).errors.equals(errors);
  }

  @Override
  public int hashCode() {
    return (31 * status + message.hashCode()) * 31 + errors.hashCode();
  }

  @Override
  public String toString() {
    return "ActionResult[" + status + ", " + message + (errors.isEmpty() ? "" : ", " + errors.keySet()) + "]";
  }
}

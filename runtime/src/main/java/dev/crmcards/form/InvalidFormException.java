package dev.crmcards.form;

import dev.crmcards.InvalidRequestException;
import dev.crmcards.rules.FormInputs;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted form breaks one or more of its inputs' rules. The pipeline answers 400 {@code
 * {"message": "Some fields need another value.", "errors": {"<member>": "<what is wrong>"}}} and
 * the handler is not called.
 */
public final class InvalidFormException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> errors;

  /**
   * @param errors what is wrong with each member, by member name, in the form's order; not empty
   */
  public InvalidFormException(Map<String, String> errors) {
    super(FormInputs.INVALID_FORM);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid form has at least one field error");
    }
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** What is wrong with each member, by member name, in the form's order. */
  public Map<String, String> errors() {
    return errors;
  }
}

package dev.crmcards.core;

import dev.crmcards.InvalidRequestException;
import dev.crmcards.http.MediaTypes;
import dev.crmcards.rules.FormInputs;

/** What the pipeline checks of a form's body before its route reads it. */
final class FormBodies {
  private FormBodies() {}

  static final String NOT_JSON = "a form's body must be " + FormInputs.CONTENT_TYPE;

  /**
   * Refuses a body that is not {@value FormInputs#CONTENT_TYPE} (parameters such as {@code
   * charset} aside).
   *
   * @throws InvalidRequestException if it is not
   */
  static void checkContentType(String contentType) {
    if (!MediaTypes.of(contentType).equals(FormInputs.CONTENT_TYPE)) {
      throw new InvalidRequestException(NOT_JSON);
    }
  }
}

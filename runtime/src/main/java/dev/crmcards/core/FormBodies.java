package dev.crmcards.core;

import dev.crmcards.InvalidRequestException;
import dev.crmcards.rules.FormInputs;
import java.util.Locale;

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
    if (contentType == null) {
      throw new InvalidRequestException(NOT_JSON);
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    if (!mediaType.toLowerCase(Locale.ROOT).equals(FormInputs.CONTENT_TYPE)) {
      throw new InvalidRequestException(NOT_JSON);
    }
  }
}

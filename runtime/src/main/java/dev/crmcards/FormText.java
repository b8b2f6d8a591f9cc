package dev.crmcards;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;

/**
 * Ranges of {@code application/x-www-form-urlencoded} text, as in a query string: {@code +} is a
 * space, escapes are UTF-8.
 */
final class FormText {
  private FormText() {}

  /**
   * Checks that every {@code %} in {@code text[start, end)} starts an escape of two hex digits.
   *
   * @param where "query string" or "body", for the error message
   * @throws InvalidRequestException if one does not
   */
  static void checkEscapes(String text, int start, int end, String where) {
    for (int i = text.indexOf('%', start); i >= 0 && i < end; i = text.indexOf('%', i + 3)) {
      if (i + 2 >= end
          || Character.digit(text.charAt(i + 1), 16) < 0
          || Character.digit(text.charAt(i + 2), 16) < 0) {
        throw new InvalidRequestException("malformed percent-encoding in the " + where);
      }
    }
  }

  /** Whether {@code text[start, end)} has anything to decode. */
  static boolean isEncoded(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '+') {
        return true;
      }
    }
    return false;
  }

  /** The decoded {@code text[start, end)}, whose escapes {@link #checkEscapes} has passed. */
  static String decode(String text, int start, int end) {
    String raw = text.substring(start, end);
    return isEncoded(text, start, end) ? URLDecoder.decode(raw, UTF_8) : raw;
  }
}

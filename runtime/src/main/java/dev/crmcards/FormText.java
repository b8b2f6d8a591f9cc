package dev.crmcards;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;

/**
 * Ranges of {@code application/x-www-form-urlencoded} text, as in a query string: {@code +} is a
 * space, escapes are UTF-8.
 */
final class FormText {
  private FormText() {}

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

  /** The decoded {@code text[start, end)}, whose escapes {@link Cursor#checkEscapes} passed. */
  static String decode(String text, int start, int end) {
    String raw = text.substring(start, end);
    return isEncoded(text, start, end) ? URLDecoder.decode(raw, UTF_8) : raw;
  }

  /**
   * The same questions about the ranges of one text taken from left to right, as a query string
   * is read: where its next {@code %} and {@code +} are is found by one fast scan each and moved
   * forward as the ranges go, so that a range costs two comparisons instead of a pass over its
   * characters, and the text is scanned once in all instead of once per range.
   */
  static final class Cursor {
    private static final int NONE = Integer.MAX_VALUE;

    private final String text;
    /** The first '%' at or after the last range's start; {@link #NONE} if there is none. */
    private int percent;
    /** The same for '+'. */
    private int plus;

    Cursor(String text) {
      this.text = text;
      this.percent = find('%', 0);
      this.plus = find('+', 0);
    }

    private int find(char c, int from) {
      int at = text.indexOf(c, from);
      return at < 0 ? NONE : at;
    }

    private void moveTo(int start) {
      if (percent < start) {
        percent = find('%', start);
      }
      if (plus < start) {
        plus = find('+', start);
      }
    }

    /**
     * Checks that every {@code %} in {@code text[start, end)} (no earlier than the last range)
     * starts an escape of two hex digits.
     *
     * @param where "query string" or "body", for the error message
     * @throws InvalidRequestException if one does not
     */
    void checkEscapes(int start, int end, String where) {
      moveTo(start);
      for (int i = percent; i < end; i = find('%', i + 3)) {
        if (i + 2 >= end
            || Character.digit(text.charAt(i + 1), 16) < 0
            || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw new InvalidRequestException("malformed percent-encoding in the " + where);
        }
      }
    }

    /** {@link FormText#isEncoded} for {@code text[start, end)}, no earlier than the last. */
    boolean isEncoded(int start, int end) {
      moveTo(start);
      return percent < end || plus < end;
    }

    /** {@link FormText#decode} for {@code text[start, end)}, no earlier than the last. */
    String decode(int start, int end) {
      String raw = text.substring(start, end);
      return isEncoded(start, end) ? URLDecoder.decode(raw, UTF_8) : raw;
    }
  }
}

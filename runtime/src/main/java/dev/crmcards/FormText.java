package dev.crmcards;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.http.PercentEncoding;
import java.net.URLDecoder;

/**
 * Ranges of {@code application/x-www-form-urlencoded} text, as in a query string: {@code +} is a
 * space, escapes are UTF-8.
 */
final class FormText {
  private FormText() {}

  /**
   * Reads the ranges of one text from left to right, as a query string is read: where its next
   * {@code %} and {@code +} are is found by one fast scan each and moved forward as the ranges go,
   * so that a range costs two comparisons instead of a pass over its characters, and the text is
   * scanned once in all instead of once per range. Each range given starts no earlier than the
   * one before.
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
     * Checks that every {@code %} in {@code text[start, end)} starts an escape of two hex
     * digits.
     *
     * @param where "query string" or "body", for the error message
     * @throws InvalidRequestException if one does not
     */
    void checkEscapes(int start, int end, String where) {
      if (hasBadEscape(start, end)) {
        throw new InvalidRequestException("malformed percent-encoding in the " + where);
      }
    }

    /**
     * Whether a {@code %} in {@code text[start, end)} starts no escape of two hex digits, or the
     * escaped bytes are not UTF-8 (which a lenient decoder would turn into U+FFFD unseen).
     */
    boolean hasBadEscape(int start, int end) {
      moveTo(start);
      boolean beyondAscii = false;
      for (int i = percent; i < end; i = find('%', i + 3)) {
        int high = i + 2 >= end ? -1 : Character.digit(text.charAt(i + 1), 16);
        if (high < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
          return true;
        }
        beyondAscii |= high >= 8;
      }
      // Only text beyond ASCII can be malformed UTF-8; the common escapes (%40, %2F) skip this.
      return beyondAscii && PercentEncoding.FORM.decode(text.substring(start, end)) == null;
    }

    /** Whether {@code text[start, end)} has anything to decode. */
    boolean isEncoded(int start, int end) {
      moveTo(start);
      return percent < end || plus < end;
    }

    /** The decoded {@code text[start, end)}, whose escapes {@link #checkEscapes} passed. */
    String decode(int start, int end) {
      String raw = text.substring(start, end);
      return isEncoded(start, end) ? URLDecoder.decode(raw, UTF_8) : raw;
    }
  }
}

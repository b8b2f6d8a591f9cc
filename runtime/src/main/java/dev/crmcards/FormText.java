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

    /** What {@link #escapesIn} finds: an escape that is not {@code %} and two hex digits. */
    private static final int BAD = -1;
    /** ... escapes of ASCII characters only (or none). */
    private static final int ASCII = 0;
    /** ... an escape of a byte beyond ASCII, which only a UTF-8 decoder can judge. */
    private static final int BEYOND_ASCII = 1;

    private int escapesIn(int start, int end) {
      moveTo(start);
      int found = ASCII;
      for (int i = percent; i < end; i = find('%', i + 3)) {
        int high = i + 2 >= end ? -1 : Character.digit(text.charAt(i + 1), 16);
        if (high < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
          return BAD;
        }
        if (high >= 8) {
          found = BEYOND_ASCII;
        }
      }
      return found;
    }

    /**
     * Whether a {@code %} in {@code text[start, end)} starts no escape of two hex digits, or the
     * escaped bytes are not UTF-8 (which a lenient decoder would turn into U+FFFD unseen).
     */
    boolean hasBadEscape(int start, int end) {
      int escapes = escapesIn(start, end);
      // Only text beyond ASCII can be malformed UTF-8; the common escapes (%40, %2F) skip this.
      return escapes == BAD
          || escapes == BEYOND_ASCII && PercentEncoding.FORM.decode(text.substring(start, end)) == null;
    }

    /**
     * The decoded {@code text[start, end)}; null where {@link #hasBadEscape} is true. Text beyond
     * ASCII is decoded once, by the decoder that also judges it.
     */
    String checkedDecode(int start, int end) {
      int escapes = escapesIn(start, end);
      if (escapes == BAD) {
        return null;
      }
      String raw = text.substring(start, end);
      if (escapes == BEYOND_ASCII) {
        String strict = PercentEncoding.FORM.decode(raw);
        // The strict decoder reads the text as UTF-8 bytes first, which makes a literal lone
        // surrogate "?": only text whose literal characters are ASCII keeps its result.
        return strict == null || raw.chars().allMatch(c -> c < 0x80) ? strict : URLDecoder.decode(raw, UTF_8);
      }
      return isEncoded(start, end) ? URLDecoder.decode(raw, UTF_8) : raw;
    }

    /** Whether {@code text[start, end)} has anything to decode. */
    boolean isEncoded(int start, int end) {
      moveTo(start);
      return percent < end || plus < end;
    }

    /** The decoded {@code text[start, end)}, whose escapes {@link #hasBadEscape} passed. */
    String decode(int start, int end) {
      String raw = text.substring(start, end);
      return isEncoded(start, end) ? URLDecoder.decode(raw, UTF_8) : raw;
    }
  }
}

package dev.crmcards.json;

/**
 * JSON string values: quoted, escaped and UTF-8 encoded by the rules {@link JsonOutput} documents
 * (RFC 8259, safe to embed in JavaScript, unpaired surrogates as escapes).
 */
final class JsonStrings {

  /** The most bytes one {@code char} takes: a {@code \}{@code uXXXX} escape. */
  private static final int MAX_BYTES_PER_CHAR = 6;

  /** Per ASCII character: 0 = written as is; 'u' = \\u00XX; otherwise the short escape letter. */
  private static final byte[] ESCAPE = new byte[128];

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPE[c] = 'u';
    }
    ESCAPE['\n'] = 'n';
    ESCAPE['\r'] = 'r';
    ESCAPE['\t'] = 't';
    ESCAPE['\b'] = 'b';
    ESCAPE['\f'] = 'f';
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
  }

  private JsonStrings() {}

  /**
   * Writes {@code value} as a JSON string.
   *
   * @throws NullPointerException if {@code value} is null
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies each char's low byte
  static void write(JsonBuffer out, String value) {
    final int len = value.length();
    // Card values are mostly ASCII that needs no escape. Finding where such a run ends, then
    // copying it in one go, beats storing it byte by byte (JsonStringBenchmark).
    int run = 0;
    while (run < len) {
      char c = value.charAt(run);
      if (c >= 0x80 || ESCAPE[c] != 0) {
        break;
      }
      run++;
    }
    // Room for the whole value if it is all such a run; what needs work grows as it goes.
    out.ensure(len + 2);
    final byte[] b = out.bytes;
    int p = out.size;
    b[p++] = '"';
    value.getBytes(0, run, b, p); // the low byte of an ASCII char is the char
    p += run;
    if (run == len) {
      b[p++] = '"';
      out.size = p;
      return;
    }
    out.size = p;
    writeRest(out, value, run, len);
  }

  /** Continues {@link #write} from index {@code i}, the first character that needs work. */
  private static void writeRest(JsonBuffer out, String s, int i, int len) {
    byte[] b = out.bytes;
    int p = out.size;
    for (; i < len; i++) {
      // Keep room for the longest a char can take, and one more byte for the closing quote.
      if (b.length - p < MAX_BYTES_PER_CHAR + 1) {
        out.size = p;
        out.ensure(MAX_BYTES_PER_CHAR + 1 + (len - i));
        b = out.bytes;
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        byte e = ESCAPE[c];
        if (e == 0) {
          b[p++] = (byte) c;
        } else if (e == 'u') {
          p = writeUnicodeEscape(b, p, c);
        } else {
          b[p++] = '\\';
          b[p++] = e;
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        char low;
        if (Character.isHighSurrogate(c)
            && i + 1 < len
            && Character.isLowSurrogate(low = s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, low);
          i++;
          b[p++] = (byte) (0xF0 | (cp >> 18));
          b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          b[p++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          // Not encodable as UTF-8; the escape keeps it, and keeps the output valid UTF-8.
          p = writeUnicodeEscape(b, p, c);
        }
      } else if (c == '\u2028' || c == '\u2029') {
        // Valid JSON, but line terminators in JavaScript source before ES2019.
        p = writeUnicodeEscape(b, p, c);
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[p++] = '"';
    out.size = p;
  }

  private static int writeUnicodeEscape(byte[] b, int p, char c) {
    b[p++] = '\\';
    b[p++] = 'u';
    b[p++] = HEX[(c >> 12) & 0xF];
    b[p++] = HEX[(c >> 8) & 0xF];
    b[p++] = HEX[(c >> 4) & 0xF];
    b[p++] = HEX[c & 0xF];
    return p;
  }
}

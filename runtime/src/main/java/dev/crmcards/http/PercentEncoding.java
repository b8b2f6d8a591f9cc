package dev.crmcards.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of text as UTF-8, one instance per set of characters a URI part keeps as they
 * are. Every other character becomes the {@code %XX} (upper-case hex) of its UTF-8 bytes; an
 * unpaired surrogate is encoded as U+FFFD. The output is ASCII, so it never needs JSON or HTML
 * attribute escaping beyond {@code &}.
 *
 * <p>{@link #encodeInto} writes into a caller's byte array without allocating, for the JSON writer.
 * {@link #decode} reads what a client sent in that part back, for the router.
 */
public final class PercentEncoding {
  /** The most bytes one input {@code char} encodes to: 3 UTF-8 bytes, 3 characters each. */
  public static final int MAX_BYTES_PER_CHAR = 9;

  private static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** Only the RFC 3986 unreserved characters stay; a space is {@code %20}. */
  public static final PercentEncoding UNRESERVED =
      new PercentEncoding(ALPHANUMERIC + "-._~", false, false);

  /**
   * One URI path segment, safe in a query too: RFC 3986 pchar minus {@code ;} (servlet containers
   * treat {@code ;...} in a path as path parameters and strip it before routing) and minus {@code
   * & = +}, which a query reads as separators and a space (an IFRAME action's {@code uri} may put
   * a placeholder in its query: {@code ?company={name}} with {@code AT&T} must not add a parameter).
   * Kept as they are: the unreserved characters, {@code ! $ ' ( ) * ,} and {@code :} {@code @};
   * everything else, including {@code / ? # % ; & = +}, space, quotes, backslash and control
   * characters, is escaped. The values {@code "."} and {@code ".."}, which URI normalisation would
   * treat as dot segments, become {@code %2E} and {@code %2E%2E}. {@link #decode} leaves {@code +}
   * as it is.
   */
  public static final PercentEncoding PATH_SEGMENT =
      new PercentEncoding(ALPHANUMERIC + "-._~!$'()*,:@", false, true);

  /**
   * {@code application/x-www-form-urlencoded} as {@link java.net.URLEncoder} writes it:
   * alphanumerics and {@code * - . _} stay, a space is {@code +}.
   */
  public static final PercentEncoding FORM = new PercentEncoding(ALPHANUMERIC + "*-._", true, false);

  /** As {@link #FORM}, but a space is {@code %20}, as browsers write it in a query. */
  public static final PercentEncoding FORM_SPACE_AS_HEX =
      new PercentEncoding(ALPHANUMERIC + "*-._", false, false);

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  private final boolean[] safe = new boolean[128];
  private final boolean spaceAsPlus;
  private final boolean escapeDotSegments;

  private PercentEncoding(String safeCharacters, boolean spaceAsPlus, boolean escapeDotSegments) {
    for (int i = 0; i < safeCharacters.length(); i++) {
      safe[safeCharacters.charAt(i)] = true;
    }
    this.spaceAsPlus = spaceAsPlus;
    this.escapeDotSegments = escapeDotSegments;
  }

  /** {@code value} percent-encoded. */
  public String encode(String value) {
    byte[] out = new byte[Math.multiplyExact(value.length(), MAX_BYTES_PER_CHAR)];
    int length = encodeInto(value, out, 0);
    return new String(out, 0, length, StandardCharsets.US_ASCII);
  }

  /**
   * Writes {@code value} percent-encoded into {@code out} from {@code pos}, which must have room
   * for {@code value.length() * MAX_BYTES_PER_CHAR} bytes.
   *
   * @return the position after the last byte written
   */
  public int encodeInto(String value, byte[] out, int pos) {
    final int len = value.length();
    int p = pos;
    if (escapeDotSegments && isDotSegment(value, len)) {
      for (int i = 0; i < len; i++) {
        p = percent(out, p, '.');
      }
      return p;
    }
    for (int i = 0; i < len; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        if (safe[c]) {
          out[p++] = (byte) c;
        } else if (c == ' ' && spaceAsPlus) {
          out[p++] = '+';
        } else {
          p = percent(out, p, c);
        }
      } else if (c < 0x800) {
        p = percent(out, p, 0xC0 | (c >> 6));
        p = percent(out, p, 0x80 | (c & 0x3F));
      } else {
        int cp = c;
        if (Character.isSurrogate(c)) {
          char low;
          if (Character.isHighSurrogate(c)
              && i + 1 < len
              && Character.isLowSurrogate(low = value.charAt(i + 1))) {
            cp = Character.toCodePoint(c, low);
            i++;
          } else {
            cp = 0xFFFD;
          }
        }
        if (cp >= 0x10000) {
          p = percent(out, p, 0xF0 | (cp >> 18));
          p = percent(out, p, 0x80 | ((cp >> 12) & 0x3F));
        } else {
          p = percent(out, p, 0xE0 | (cp >> 12));
        }
        p = percent(out, p, 0x80 | ((cp >> 6) & 0x3F));
        p = percent(out, p, 0x80 | (cp & 0x3F));
      }
    }
    return p;
  }

  /**
   * {@code text} with its percent-escapes decoded as UTF-8, and, where this encoding writes a space
   * as {@code +}, {@code +} as a space; any other character as it is.
   *
   * @return the decoded text, or {@code null} if an escape or the UTF-8 it spells is malformed
   */
  public String decode(String text) {
    if (text.indexOf('%') < 0 && !(spaceAsPlus && text.indexOf('+') >= 0)) {
      return text;
    }
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer bytes = ByteBuffer.allocate(raw.length);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '%') {
        if (i + 2 >= raw.length) {
          return null;
        }
        int high = Character.digit(raw[i + 1], 16);
        int low = Character.digit(raw[i + 2], 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.put((byte) (high << 4 | low));
        i += 2;
      } else {
        bytes.put(spaceAsPlus && b == '+' ? (byte) ' ' : b);
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isDotSegment(String s, int len) {
    return (len == 1 || len == 2) && s.charAt(0) == '.' && (len == 1 || s.charAt(1) == '.');
  }

  private static int percent(byte[] b, int p, int octet) {
    b[p++] = '%';
    b[p++] = HEX[(octet >> 4) & 0xF];
    b[p++] = HEX[octet & 0xF];
    return p;
  }
}

package dev.crmcards.json;

import dev.crmcards.http.PercentEncoding;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * A UTF-8 JSON writer over a growable {@code byte[]}: the output of generated card serializers.
 *
 * <p>The writer does not check structure; the caller writes punctuation and keys itself, usually as
 * constant fragments encoded once with {@link #utf8(String)} and written with {@link
 * #raw(byte[])}, and the values through the typed methods below. None of the methods allocates
 * unless the buffer has to grow, except where a method says so (the fallbacks of the number and
 * date methods). A reused writer ({@link #forThisThread()}) therefore writes a response without
 * allocating.
 *
 * <p>Strings ({@link #string(String)}) follow RFC 8259 and are safe to embed in JavaScript:
 *
 * <ul>
 *   <li>{@code "} and {@code \} are escaped; control characters below U+0020 use {@code \n \r \t
 *       \b \f} where those exist and {@code \}{@code u00XX} otherwise; U+2028 and U+2029 are
 *       written as {@code \}{@code u2028} and {@code \}{@code u2029}; DEL (U+007F) is written as
 *       is.
 *   <li>Other characters are encoded as UTF-8 straight from the {@code char}s: a valid surrogate
 *       pair becomes one 4-byte sequence.
 *   <li>An <em>unpaired</em> surrogate cannot be encoded as UTF-8. It is written as a {@code
 *       \}{@code uXXXX} escape such as {@code \}{@code uD83D} (hex digits in upper case), so the
 *       output stays valid UTF-8 and a JSON parser that decodes escapes into UTF-16 (Jackson, JavaScript's {@code JSON.parse}) returns
 *       exactly the Java string that was written. Nothing is lost or replaced.
 * </ul>
 *
 * <p>Numbers that HubSpot expects as strings (property values) have {@code quoted*} methods; all of
 * them write plain decimal notation, never an exponent.
 *
 * <p>Instances are not thread-safe.
 */
public final class JsonOutput {

  /** The capacity of a new per-thread writer, and what an oversized one is cut back to. */
  static final int DEFAULT_CAPACITY = 8 * 1024;

  /**
   * A per-thread writer whose buffer grew beyond this many bytes gets a fresh small buffer the
   * next time it is handed out, so that one huge response does not pin memory in every thread.
   */
  static final int MAX_RETAINED_CAPACITY = 1024 * 1024;

  private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 16;

  private static final ThreadLocal<JsonOutput> PER_THREAD =
      ThreadLocal.withInitial(() -> new JsonOutput(DEFAULT_CAPACITY));

  /** Per ASCII character: 0 = written as is; 'u' = \\u00XX; otherwise the short escape letter. */
  private static final byte[] ESCAPE = new byte[128];

  /** ASCII characters that {@link #pathSegment(String)} writes as they are. */
  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  /** Tens and ones digits of 0..99. */
  private static final byte[] TENS = new byte[100];

  private static final byte[] ONES = new byte[100];

  private static final long[] POW10 = new long[19];

  private static final double[] DOUBLE_POW10 = new double[18];

  private static final byte[] MIN_LONG = utf8(Long.toString(Long.MIN_VALUE));
  private static final byte[] MIN_INT = utf8(Integer.toString(Integer.MIN_VALUE));
  private static final byte[] NULL = utf8("null");
  private static final byte[] TRUE = utf8("true");
  private static final byte[] FALSE = utf8("false");

  /** 2^53: below it every integer is exactly representable as a double. */
  private static final double TWO_POW_53 = 9007199254740992.0;

  /** 2^24: below it every integer is exactly representable as a float. */
  private static final float TWO_POW_24 = 16777216f;

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

    for (int i = 0; i < 100; i++) {
      TENS[i] = (byte) ('0' + i / 10);
      ONES[i] = (byte) ('0' + i % 10);
    }
    long p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
    for (int i = 0; i < DOUBLE_POW10.length; i++) {
      DOUBLE_POW10[i] = POW10[i]; // exact: 10^17 < 2^57 and 10^k = 2^k * 5^k with 5^17 < 2^53
    }
  }

  private byte[] buf;
  private int pos;

  /**
   * A writer with room for {@code initialCapacity} bytes before it grows.
   *
   * @throws IllegalArgumentException if {@code initialCapacity} is negative
   */
  public JsonOutput(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("initialCapacity must not be negative: " + initialCapacity);
    }
    this.buf = new byte[initialCapacity];
  }

  /**
   * The calling thread's writer, reset to empty. Use it for one response and copy the result out
   * ({@link #writeTo(OutputStream)}, {@link #toString()}, {@link #toByteArray()}) before anything
   * else on the same thread calls this method again: the instance is shared, not re-entrant. If its
   * buffer grew beyond 1 MiB for an earlier response, it gets a fresh small buffer first.
   *
   * <p>Each thread keeps its own buffer for its lifetime, which suits a bounded pool of request
   * threads; it does not pay off on short-lived threads. In a container that redeploys web
   * applications, the container's pooled threads keep this class (and so the application's class
   * loader) reachable until they end; Tomcat reports that as a possible leak on undeploy.
   */
  public static JsonOutput forThisThread() {
    JsonOutput out = PER_THREAD.get();
    if (out.buf.length > MAX_RETAINED_CAPACITY) {
      out.buf = new byte[DEFAULT_CAPACITY];
    }
    out.pos = 0;
    return out;
  }

  /**
   * The UTF-8 bytes of {@code text}, as they are: for constant JSON fragments (keys, punctuation,
   * pre-quoted values) encoded once and written with {@link #raw(byte[])}.
   */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The bytes {@link #string(String)} would write for {@code value}: a quoted, escaped JSON string.
   * For constant values encoded once.
   */
  public static byte[] jsonString(String value) {
    Objects.requireNonNull(value, "value");
    JsonOutput out = new JsonOutput(value.length() + 16);
    out.string(value);
    return out.toByteArray();
  }

  /**
   * The text {@link #quotedNumber(Number)} writes between the quotes: {@code value} in plain
   * decimal notation.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or an unknown {@link
   *     Number} type whose {@code toString()} is not a decimal number
   */
  public static String plainNumber(Number value) {
    JsonOutput out = new JsonOutput(32);
    out.numberText(value);
    return out.toString();
  }

  /** Empties the writer, keeping its buffer. */
  public void reset() {
    pos = 0;
  }

  /** The number of bytes written. */
  public int size() {
    return pos;
  }

  /**
   * The array holding the bytes written in its first {@link #size()} bytes, for handing them on
   * without a copy. It is valid until the next write, {@link #reset()} or {@link #forThisThread()}
   * (a write may move the bytes to a larger array); do not modify it.
   */
  public byte[] array() {
    return buf;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /** The bytes written, decoded as UTF-8. */
  @Override
  public String toString() {
    return new String(buf, 0, pos, StandardCharsets.UTF_8);
  }

  /** Writes the bytes written so far to {@code out} in one call. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, pos);
  }

  // ---------------------------------------------------------------------------------------------
  // Raw output

  /** Writes pre-encoded bytes (a constant JSON fragment) as they are. */
  public void raw(byte[] preEncoded) {
    int n = preEncoded.length;
    if (n > buf.length - pos) {
      grow(n);
    }
    System.arraycopy(preEncoded, 0, buf, pos, n);
    pos += n;
  }

  /**
   * Writes one ASCII character, such as {@code ','} or {@code '}'}.
   *
   * @throws IllegalArgumentException if {@code asciiChar} is not ASCII
   */
  public void raw(char asciiChar) {
    if (asciiChar >= 0x80) {
      throw new IllegalArgumentException(
          "not an ASCII character: U+" + Integer.toHexString(asciiChar).toUpperCase());
    }
    rawByte(asciiChar);
  }

  /** Writes one byte, the low 8 bits of {@code b}. */
  public void rawByte(int b) {
    if (pos == buf.length) {
      grow(1);
    }
    buf[pos++] = (byte) b;
  }

  /** Writes {@code null}. */
  public void nullValue() {
    raw(NULL);
  }

  /** Writes {@code true} or {@code false}. */
  public void bool(boolean value) {
    raw(value ? TRUE : FALSE);
  }

  // ---------------------------------------------------------------------------------------------
  // Strings

  /**
   * Writes {@code value} as a JSON string: quoted, escaped, UTF-8 encoded (see the class
   * description for the rules, including unpaired surrogates).
   *
   * @throws NullPointerException if {@code value} is null (see {@link #stringOrNull(String)})
   */
  public void string(String value) {
    final int len = value.length();
    if (len + 2 > buf.length - pos) {
      grow(len + 2);
    }
    final byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    int i = 0;
    for (; i < len; i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || ESCAPE[c] != 0) {
        break;
      }
      b[p++] = (byte) c;
    }
    if (i == len) {
      b[p++] = '"';
      pos = p;
      return;
    }
    pos = p;
    stringSlow(value, i, len);
  }

  /** Writes {@code value} as a JSON string, or {@code null} if it is null. */
  public void stringOrNull(String value) {
    if (value == null) {
      raw(NULL);
    } else {
      string(value);
    }
  }

  /** Continues {@link #string} from index {@code i}, the first character that needs work. */
  private void stringSlow(String s, int i, int len) {
    byte[] b = buf;
    int p = pos;
    for (; i < len; i++) {
      // The longest a char can take is 6 bytes; keep one more for the closing quote.
      if (b.length - p < 7) {
        pos = p;
        grow(7 + (len - i));
        b = buf;
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
          p = writeUnicodeEscape(b, p, c);
        }
      } else if (c == '\u2028' || c == '\u2029') {
        p = writeUnicodeEscape(b, p, c);
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[p++] = '"';
    pos = p;
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

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /** Writes {@code value} as a JSON number. */
  public void number(long value) {
    if (20 > buf.length - pos) {
      grow(20);
    }
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        raw(MIN_LONG);
        return;
      }
      buf[pos++] = '-';
      value = -value;
    }
    writeDigits(value);
  }

  /** Writes {@code value} as a JSON number. */
  public void number(int value) {
    if (11 > buf.length - pos) {
      grow(11);
    }
    if (value < 0) {
      if (value == Integer.MIN_VALUE) {
        raw(MIN_INT);
        return;
      }
      buf[pos++] = '-';
      value = -value;
    }
    writeDigits(value);
  }

  /**
   * Writes {@code value} as a JSON string of its decimal digits, e.g. {@code "1697233678777"}: the
   * format of DATETIME (epoch milliseconds) and of integral NUMERIC and CURRENCY values.
   */
  public void quotedNumber(long value) {
    if (22 > buf.length - pos) {
      grow(22);
    }
    buf[pos++] = '"';
    number(value);
    buf[pos++] = '"';
  }

  /**
   * Writes {@code value} as a JSON string in plain notation: {@link BigDecimal#toPlainString()},
   * which keeps the scale ({@code 10.50} stays {@code "10.50"}) and never uses an exponent ({@code
   * 1E+3} becomes {@code "1000"}).
   *
   * <p>Allocation-free when {@code value.toString()} is already plain (non-negative scale and no
   * more than six leading zeros after the point) and was called on this instance before, because
   * {@link BigDecimal} caches that string; otherwise it allocates the plain string.
   */
  public void quotedDecimal(BigDecimal value) {
    rawByte('"');
    decimalText(value);
    rawByte('"');
  }

  /**
   * Writes {@code value} as a JSON string in plain decimal notation, never with an exponent: the
   * shortest decimal that reads back as the same double in the common cases ({@code 94.34} is
   * written as {@code "94.34"}, {@code 1e-7} as {@code "0.0000001"}). Integral values have no
   * fraction ({@code 3.0} is written as {@code "3"}, {@code -0.0} as {@code "0"}). Values with at
   * most 15 or 16 significant digits are written without allocating; others (more digits, above
   * 2^53 or below 10^-17) take a slower path that allocates.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public void quotedDouble(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    rawByte('"');
    doubleText(value);
    rawByte('"');
  }

  /**
   * Writes {@code value} like {@link #quotedDouble(double)}, using the float's own shortest decimal
   * ({@code 0.1f} is written as {@code "0.1"}, not the digits of the double nearest to it).
   * Non-integral floats and floats above 2^24 allocate.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public void quotedFloat(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    rawByte('"');
    floatText(value);
    rawByte('"');
  }

  /**
   * Writes any number as a JSON string in plain decimal notation: Byte, Short, Integer, Long,
   * AtomicInteger, AtomicLong, LongAdder and LongAccumulator as digits; Double, DoubleAdder and
   * DoubleAccumulator as in {@link #quotedDouble(double)}; Float as in {@link #quotedFloat(float)};
   * BigDecimal as in {@link #quotedDecimal(BigDecimal)}; BigInteger as digits. Any other {@link
   * Number} type is written as its {@code toString()} if that is a decimal number (expanded without
   * exponent).
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or of an unknown type
   *     whose {@code toString()} is not a decimal number
   */
  public void quotedNumber(Number value) {
    Objects.requireNonNull(value, "value");
    rawByte('"');
    numberText(value);
    rawByte('"');
  }

  private void numberText(Number value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof AtomicInteger
        || value instanceof AtomicLong
        || value instanceof LongAdder
        || value instanceof LongAccumulator) {
      number(value.longValue());
    } else if (value instanceof Double
        || value instanceof DoubleAdder
        || value instanceof DoubleAccumulator) {
      double d = value.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("not a finite number: " + d);
      }
      doubleText(d);
    } else if (value instanceof Float) {
      float f = value.floatValue();
      if (!Float.isFinite(f)) {
        throw new IllegalArgumentException("not a finite number: " + f);
      }
      floatText(f);
    } else if (value instanceof BigDecimal) {
      decimalText((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      asciiText(value.toString());
    } else {
      String text = String.valueOf(value);
      BigDecimal parsed;
      try {
        parsed = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "cannot write " + value.getClass().getName() + " as a number: \"" + text + "\"", e);
      }
      asciiText(parsed.toPlainString());
    }
  }

  private void decimalText(BigDecimal value) {
    // BigDecimal caches toString(); it equals toPlainString() for a non-negative scale when the
    // adjusted exponent (precision - scale - 1) is at least -6.
    int scale = value.scale();
    if (scale >= 0 && value.precision() - scale - 1 >= -6) {
      asciiText(value.toString());
    } else {
      asciiText(value.toPlainString());
    }
  }

  private void doubleText(double d) {
    if (d == 0) {
      rawByte('0');
      return;
    }
    double a = Math.abs(d);
    if (a < TWO_POW_53) {
      if (a == Math.rint(a)) {
        number((long) d);
        return;
      }
      // The smallest k for which some m / 10^k reads back as a: both m and 10^k are exact
      // doubles, so the division is correctly rounded, just like a parser reading "m e-k".
      for (int k = 1; k < DOUBLE_POW10.length; k++) {
        double scaled = a * DOUBLE_POW10[k];
        if (scaled >= TWO_POW_53) {
          break;
        }
        long m = (long) Math.rint(scaled);
        if (m / DOUBLE_POW10[k] == a) {
          if (27 > buf.length - pos) {
            grow(27);
          }
          if (d < 0) {
            buf[pos++] = '-';
          }
          long unit = POW10[k];
          writeDigits(m / unit);
          buf[pos++] = '.';
          writePaddedDigits(m % unit, k);
          return;
        }
      }
    }
    asciiText(shortestPlain(new BigDecimal(d), d, 17));
  }

  private void floatText(float f) {
    if (f == 0) {
      rawByte('0');
      return;
    }
    float a = Math.abs(f);
    if (a < TWO_POW_24 && a == (float) Math.rint(a)) {
      number((long) f);
      return;
    }
    asciiText(shortestPlain(new BigDecimal(f), f, 9));
  }

  /**
   * The plain text of the fewest significant digits that read back as {@code value}: {@code exact}
   * (the binary value as a decimal) rounded to 1, 2, ... digits until it does. Java 17's {@link
   * Double#toString(double)} is not always shortest, hence this slower search for the rare values
   * the fast paths leave.
   */
  private static String shortestPlain(BigDecimal exact, double value, int maxDigits) {
    boolean isFloat = maxDigits == 9;
    for (int digits = 1; digits < maxDigits; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (isFloat ? rounded.floatValue() == (float) value : rounded.doubleValue() == value) {
        return rounded.stripTrailingZeros().toPlainString();
      }
    }
    return exact.round(new MathContext(maxDigits, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Writes the digits of {@code v >= 0}. */
  private void writeDigits(long v) {
    if (20 > buf.length - pos) {
      grow(20);
    }
    int len = digitCount(v);
    int end = pos + len;
    int p = end;
    byte[] b = buf;
    while (v >= 100) {
      long q = v / 100;
      int r = (int) (v - q * 100);
      b[--p] = ONES[r];
      b[--p] = TENS[r];
      v = q;
    }
    int r = (int) v;
    b[--p] = ONES[r];
    if (r >= 10) {
      b[--p] = TENS[r];
    }
    pos = end;
  }

  /** Writes the digits of {@code 0 <= v < 10^width}, zero-padded to {@code width}. */
  private void writePaddedDigits(long v, int width) {
    if (width > buf.length - pos) {
      grow(width);
    }
    int end = pos + width;
    byte[] b = buf;
    for (int p = end - 1; p >= pos; p--) {
      b[p] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    }
    pos = end;
  }

  private static int digitCount(long v) {
    int n = 1;
    while (n < 19 && v >= POW10[n]) {
      n++;
    }
    return n;
  }

  /** Writes an ASCII-only string's characters as bytes. */
  private void asciiText(String ascii) {
    int n = ascii.length();
    if (n > buf.length - pos) {
      grow(n);
    }
    byte[] b = buf;
    int p = pos;
    for (int i = 0; i < n; i++) {
      b[p++] = (byte) ascii.charAt(i);
    }
    pos = p;
  }

  // ---------------------------------------------------------------------------------------------
  // Dates and instants

  /**
   * Writes {@code date} as a JSON string {@code "yyyy-mm-dd"} (DATE). Years outside 0000..9999
   * cannot be written in four digits; they fall back to {@link LocalDate#toString()} (ISO 8601
   * expanded years such as {@code "+10000-01-01"} or {@code "-0001-01-01"}), which allocates.
   */
  public void quotedDate(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      string(date.toString());
      return;
    }
    if (12 > buf.length - pos) {
      grow(12);
    }
    byte[] b = buf;
    int p = pos;
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    b[p++] = '"';
    b[p++] = TENS[year / 100];
    b[p++] = ONES[year / 100];
    b[p++] = TENS[year % 100];
    b[p++] = ONES[year % 100];
    b[p++] = '-';
    b[p++] = TENS[month];
    b[p++] = ONES[month];
    b[p++] = '-';
    b[p++] = TENS[day];
    b[p++] = ONES[day];
    b[p++] = '"';
    pos = p;
  }

  /**
   * Writes {@code instant} as a JSON string of its epoch milliseconds (DATETIME); sub-millisecond
   * precision is cut towards the past, as {@link Instant#toEpochMilli()} does.
   *
   * @throws ArithmeticException if the instant is too far from 1970 for a long of milliseconds
   */
  public void quotedEpochMillis(Instant instant) {
    quotedNumber(instant.toEpochMilli());
  }

  /** Like {@link #quotedEpochMillis(Instant)}, for the instant {@code dateTime} denotes. */
  public void quotedEpochMillis(OffsetDateTime dateTime) {
    quotedNumber(epochMillis(dateTime.toEpochSecond(), dateTime.getNano()));
  }

  /** Like {@link #quotedEpochMillis(Instant)}, for the instant {@code dateTime} denotes. */
  public void quotedEpochMillis(ZonedDateTime dateTime) {
    quotedNumber(epochMillis(dateTime.toEpochSecond(), dateTime.getNano()));
  }

  private static long epochMillis(long epochSecond, int nano) {
    return Math.addExact(Math.multiplyExact(epochSecond, 1000L), nano / 1_000_000);
  }

  // ---------------------------------------------------------------------------------------------
  // URI path segments

  /**
   * Writes {@code value} percent-encoded as one URI path segment, for use inside a JSON string the
   * caller has opened (the output is ASCII and never needs JSON escaping). Kept as they are: RFC
   * 3986 unreserved characters, the sub-delims except {@code ;} and {@code :} {@code @}. Everything
   * else, including {@code / ? # % ;}, space, quotes, backslash and control characters, is written
   * as {@code %XX} (upper-case hex), non-ASCII characters as the {@code %XX} of their UTF-8 bytes.
   * An unpaired surrogate is encoded as U+FFFD. The values {@code "."} and {@code ".."}, which URI
   * normalisation would treat as dot segments, are written as {@code %2E} and {@code %2E%2E}; an
   * empty value writes nothing.
   *
   * <p>{@code ;} is escaped because servlet containers cut {@code ;...} off path segments before
   * routing. Note that Tomcat and Jetty reject requests whose path contains {@code %2F} (an encoded
   * slash) by default, so a value containing {@code /} makes a URI those containers refuse unless
   * configured otherwise.
   */
  public void pathSegment(String value) {
    int room = Math.multiplyExact(value.length(), PercentEncoding.MAX_BYTES_PER_CHAR);
    if (room > buf.length - pos) {
      grow(room);
    }
    pos = PercentEncoding.PATH_SEGMENT.encodeInto(value, buf, pos);
  }

  /** Writes the decimal digits of {@code value} as a path segment (digits and {@code -} only). */
  public void pathSegment(long value) {
    number(value);
  }

  // ---------------------------------------------------------------------------------------------

  /** Makes room for at least {@code extra} more bytes. */
  private void grow(int extra) {
    long needed = (long) pos + extra;
    if (needed > MAX_ARRAY_SIZE) {
      throw new OutOfMemoryError("JSON output larger than " + MAX_ARRAY_SIZE + " bytes");
    }
    long doubled = Math.min(Math.max((long) buf.length * 2, 64), MAX_ARRAY_SIZE);
    buf = Arrays.copyOf(buf, (int) Math.max(needed, doubled));
  }
}

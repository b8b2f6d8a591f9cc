package dev.crmcards.json;

import dev.crmcards.http.PercentEncoding;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

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
public final class JsonOutput extends JsonBuffer {
  // The facade: each typed method hands its value to the encoder for its kind (JsonStrings,
  // JsonNumbers, JsonDates, PercentEncoding), which writes into the buffer this class extends.

  /** The capacity of a new per-thread writer, and what an oversized one is cut back to. */
  static final int DEFAULT_CAPACITY = 8 * 1024;

  /**
   * A per-thread writer whose buffer grew beyond this many bytes gets a fresh small buffer the
   * next time it is handed out, so that one huge response does not pin memory in every thread.
   */
  static final int MAX_RETAINED_CAPACITY = 1024 * 1024;

  private static final byte[] NULL = utf8("null");
  private static final byte[] TRUE = utf8("true");
  private static final byte[] FALSE = utf8("false");

  /**
   * A writer with room for {@code initialCapacity} bytes before it grows.
   *
   * @throws IllegalArgumentException if {@code initialCapacity} is negative
   */
  public JsonOutput(int initialCapacity) {
    super(requireNotNegative(initialCapacity));
  }

  private static int requireNotNegative(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("initialCapacity must not be negative: " + initialCapacity);
    }
    return initialCapacity;
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
    return PerThreadOutput.take();
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
    JsonStrings.write(out, value);
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
    return JsonNumbers.plainText(value);
  }

  /** Empties the writer, keeping its buffer. */
  public void reset() {
    size = 0;
  }

  /** The number of bytes written. */
  public int size() {
    return size;
  }

  /**
   * The array holding the bytes written in its first {@link #size()} bytes, for handing them on
   * without a copy. It is valid until the next write, {@link #reset()} or {@link #forThisThread()}
   * (a write may move the bytes to a larger array); do not modify it.
   */
  public byte[] array() {
    return bytes;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** The bytes written, decoded as UTF-8. */
  @Override
  public String toString() {
    return new String(bytes, 0, size, StandardCharsets.UTF_8);
  }

  /** Writes the bytes written so far to {@code out} in one call. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  // ---------------------------------------------------------------------------------------------
  // Raw output

  /** Writes pre-encoded bytes (a constant JSON fragment) as they are. */
  public void raw(byte[] preEncoded) {
    append(preEncoded);
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
    append(asciiChar);
  }

  /** Writes one byte, the low 8 bits of {@code b}. */
  public void rawByte(int b) {
    append(b);
  }

  /** Writes {@code null}. */
  public void nullValue() {
    append(NULL);
  }

  /** Writes {@code true} or {@code false}. */
  public void bool(boolean value) {
    append(value ? TRUE : FALSE);
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
    JsonStrings.write(this, value);
  }

  /** Writes {@code value} as a JSON string, or {@code null} if it is null. */
  public void stringOrNull(String value) {
    if (value == null) {
      append(NULL);
    } else {
      JsonStrings.write(this, value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /** Writes {@code value} as a JSON number. */
  public void number(long value) {
    JsonNumbers.write(this, value);
  }

  /** Writes {@code value} as a JSON number. */
  public void number(int value) {
    JsonNumbers.write(this, value);
  }

  /**
   * Writes {@code value} as a JSON number in plain decimal notation, as {@link
   * #quotedDouble(double)} writes it between its quotes; without allocating in the same cases.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public void number(double value) {
    JsonNumbers.writePlain(this, value);
  }

  /**
   * Writes {@code value} as a JSON number, as {@link #quotedFloat(float)} writes it between its
   * quotes.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public void number(float value) {
    JsonNumbers.writePlain(this, value);
  }

  /**
   * Writes {@code value} as {@link #number(double)} does, or {@code null} when it is NaN or
   * infinite, which JSON cannot hold: for a value that may be missing, such as a chart point's.
   */
  public void finiteOrNull(double value) {
    if (Double.isFinite(value)) {
      JsonNumbers.writePlain(this, value);
    } else {
      append(NULL);
    }
  }

  /** Writes {@code value} as {@link #number(float)} does, or {@code null} when it is NaN or infinite. */
  public void finiteOrNull(float value) {
    if (Float.isFinite(value)) {
      JsonNumbers.writePlain(this, value);
    } else {
      append(NULL);
    }
  }

  /**
   * Writes {@code value} as a JSON number in plain notation with its scale ({@code 1234.50}), as
   * {@link #quotedDecimal(BigDecimal)} writes it between its quotes; allocating in the same cases.
   */
  public void number(BigDecimal value) {
    JsonNumbers.writePlain(this, Objects.requireNonNull(value, "value"));
  }

  /**
   * Writes {@code value} as a JSON number of its digits; allocates only for a value beyond a {@code
   * long}.
   */
  public void number(BigInteger value) {
    JsonNumbers.writePlain(this, Objects.requireNonNull(value, "value"));
  }

  /**
   * Writes {@code value} as a JSON string of its decimal digits, e.g. {@code "1697233678777"}: the
   * format of DATETIME (epoch milliseconds) and of integral NUMERIC and CURRENCY values.
   */
  public void quotedNumber(long value) {
    JsonNumbers.writeQuoted(this, value);
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
    JsonNumbers.writeQuoted(this, value);
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
    JsonNumbers.writeQuoted(this, value);
  }

  /**
   * Writes {@code value} like {@link #quotedDouble(double)}, using the float's own shortest decimal
   * ({@code 0.1f} is written as {@code "0.1"}, not the digits of the double nearest to it).
   * Non-integral floats and floats above 2^24 allocate.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public void quotedFloat(float value) {
    JsonNumbers.writeQuoted(this, value);
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
    JsonNumbers.writeQuoted(this, Objects.requireNonNull(value, "value"));
  }

  // ---------------------------------------------------------------------------------------------
  // Dates and instants

  /**
   * Writes {@code date} as a JSON string {@code "yyyy-mm-dd"} (DATE). Years outside 0000..9999
   * cannot be written in four digits; they fall back to {@link LocalDate#toString()} (ISO 8601
   * expanded years such as {@code "+10000-01-01"} or {@code "-0001-01-01"}), which allocates.
   */
  public void quotedDate(LocalDate date) {
    JsonDates.writeQuoted(this, date);
  }

  /**
   * Writes {@code instant} as a JSON string of its epoch milliseconds (DATETIME); sub-millisecond
   * precision is cut towards the past, as {@link Instant#toEpochMilli()} does.
   *
   * @throws ArithmeticException if the instant is too far from 1970 for a long of milliseconds
   */
  public void quotedEpochMillis(Instant instant) {
    JsonDates.writeQuotedEpochMillis(this, instant);
  }

  /** Like {@link #quotedEpochMillis(Instant)}, for the instant {@code dateTime} denotes. */
  public void quotedEpochMillis(OffsetDateTime dateTime) {
    JsonDates.writeQuotedEpochMillis(this, dateTime);
  }

  /** Like {@link #quotedEpochMillis(Instant)}, for the instant {@code dateTime} denotes. */
  public void quotedEpochMillis(ZonedDateTime dateTime) {
    JsonDates.writeQuotedEpochMillis(this, dateTime);
  }

  // ---------------------------------------------------------------------------------------------
  // URI path segments

  /**
   * Writes {@code value} percent-encoded as one URI path segment, for use inside a JSON string the
   * caller has opened: {@link PercentEncoding#PATH_SEGMENT}, which says what stays and what is
   * escaped (its output is ASCII and never needs JSON escaping; an empty value writes nothing).
   * Without allocating.
   *
   * <p>Note that Tomcat and Jetty reject requests whose path contains {@code %2F} (an encoded
   * slash) by default, so a value containing {@code /} makes a URI those containers refuse unless
   * configured otherwise.
   */
  public void pathSegment(String value) {
    ensure(Math.multiplyExact(value.length(), PercentEncoding.MAX_BYTES_PER_CHAR));
    size = PercentEncoding.PATH_SEGMENT.encodeInto(value, bytes, size);
  }

  /** Writes the decimal digits of {@code value} as a path segment (digits and {@code -} only). */
  public void pathSegment(long value) {
    JsonNumbers.write(this, value);
  }

  /**
   * Writes the decimal digits of {@code value} as a path segment (digits and {@code -} only);
   * allocates only for a value beyond a {@code long}.
   */
  public void pathSegment(BigInteger value) {
    JsonNumbers.writePlain(this, Objects.requireNonNull(value, "value"));
  }

  /**
   * Writes {@code value} as a path segment: {@link UUID#toString()}'s text (hex digits and {@code
   * -}, which need no escape), without allocating.
   */
  public void pathSegment(UUID value) {
    JsonUuids.write(this, Objects.requireNonNull(value, "value"));
  }
}

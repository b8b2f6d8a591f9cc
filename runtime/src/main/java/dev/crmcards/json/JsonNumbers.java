package dev.crmcards.json;

import dev.crmcards.rules.PlainNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Numbers as JSON numbers and as the plain decimal strings HubSpot expects for property values:
 * never an exponent, doubles and floats as the shortest decimal that reads back the same (the
 * rules' {@link PlainNumbers}, as the card prints them), by the rules {@link JsonOutput} documents.
 */
final class JsonNumbers {

  /** The most bytes a {@code long} takes: a sign and 19 digits. */
  private static final int MAX_LONG_LENGTH = 1 + Digits.MAX_LONG_DIGITS;

  /**
   * The most bytes the short form of a double takes: a sign, the point and at most 18 digits (an
   * exact m / 10^k with m below 2^53, so 16 digits, or "0." and k = 17 digits); also the most a
   * BigDecimal of at most 15 digits and a scale below 18 takes.
   */
  private static final int MAX_SHORT_DOUBLE_LENGTH = 20;

  /** The one long whose digits its negation cannot give. */
  private static final byte[] MIN_LONG =
      Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

  /** 2^53: below it every integer is exactly representable as a double. */
  private static final double TWO_POW_53 = 9007199254740992.0;

  /** 2^24: below it every integer is exactly representable as a float. */
  private static final float TWO_POW_24 = 16777216f;

  /**
   * The most significant digits of a BigDecimal written from its double value: below 10^15 the
   * unscaled value comes back exactly (see {@code writeText(JsonBuffer, BigDecimal)}).
   */
  private static final int MAX_EXACT_DECIMAL_DIGITS = 15;

  /** 10^0 .. 10^17 as doubles. */
  private static final double[] DOUBLE_POW10 = new double[18];

  static {
    for (int i = 0; i < DOUBLE_POW10.length; i++) {
      // exact: 10^k = 2^k * 5^k, and 5^17 < 2^53
      DOUBLE_POW10[i] = Digits.POW10[i];
    }
  }

  private JsonNumbers() {}

  /** Writes {@code value} as a JSON number. */
  static void write(JsonBuffer out, long value) {
    out.ensure(MAX_LONG_LENGTH);
    out.size = writeLong(out.bytes, out.size, value);
  }

  /** Writes {@code value} as a JSON string of its digits. */
  static void writeQuoted(JsonBuffer out, long value) {
    out.ensure(MAX_LONG_LENGTH + 2);
    byte[] b = out.bytes;
    int p = out.size;
    b[p++] = '"';
    p = writeLong(b, p, value);
    b[p++] = '"';
    out.size = p;
  }

  /** Writes {@code value} as a JSON string, in plain notation with its scale. */
  static void writeQuoted(JsonBuffer out, BigDecimal value) {
    out.append('"');
    writeText(out, value);
    out.append('"');
  }

  /**
   * Writes {@code value} as a JSON string, the shortest plain decimal that reads back as it.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  static void writeQuoted(JsonBuffer out, double value) {
    requireFinite(value);
    out.append('"');
    writeText(out, value);
    out.append('"');
  }

  /**
   * Writes {@code value} as a JSON string, the shortest plain decimal that reads back as the float.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  static void writeQuoted(JsonBuffer out, float value) {
    requireFinite(value);
    out.append('"');
    writeText(out, value);
    out.append('"');
  }

  /**
   * Writes any number as a JSON string in plain decimal notation.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or an unknown {@link
   *     Number} type whose {@code toString()} is not a decimal number
   */
  static void writeQuoted(JsonBuffer out, Number value) {
    out.append('"');
    writeText(out, value);
    out.append('"');
  }

  /**
   * Writes {@code value} as a JSON number, the text {@link #writeQuoted(JsonBuffer, double)}
   * writes between the quotes.
   */
  static void writePlain(JsonBuffer out, double value) {
    writeText(out, requireFinite(value));
  }

  /** Writes {@code value} as a JSON number, the text {@link #writeQuoted(JsonBuffer, float)} writes. */
  static void writePlain(JsonBuffer out, float value) {
    writeText(out, requireFinite(value));
  }

  /** Writes {@code value} as a JSON number in plain notation with its scale. */
  static void writePlain(JsonBuffer out, BigDecimal value) {
    writeText(out, value);
  }

  /** Writes {@code value} as a JSON number of its digits. */
  static void writePlain(JsonBuffer out, BigInteger value) {
    writeText(out, value);
  }

  /** The text {@link #writeQuoted(JsonBuffer, Number)} writes between the quotes. */
  static String plainText(Number value) {
    JsonOutput out = new JsonOutput(32);
    writeText(out, value);
    return out.toString();
  }

  private static void writeText(JsonBuffer out, Number value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof AtomicInteger
        || value instanceof AtomicLong
        || value instanceof LongAdder
        || value instanceof LongAccumulator) {
      write(out, value.longValue());
    } else if (value instanceof Double
        || value instanceof DoubleAdder
        || value instanceof DoubleAccumulator) {
      writeText(out, requireFinite(value.doubleValue()));
    } else if (value instanceof Float) {
      writeText(out, requireFinite(value.floatValue()));
    } else if (value instanceof BigDecimal) {
      writeText(out, (BigDecimal) value);
    } else if (value instanceof BigInteger) {
      writeText(out, (BigInteger) value);
    } else {
      String text = String.valueOf(value);
      BigDecimal parsed;
      try {
        parsed = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "cannot write " + value.getClass().getName() + " as a number: \"" + text + "\"", e);
      }
      out.appendAscii(parsed.toPlainString());
    }
  }

  private static void writeText(JsonBuffer out, BigInteger value) {
    // Ids and counts fit a long: their digits put down here, without the String toString makes.
    if (value.bitLength() < Long.SIZE) {
      write(out, value.longValue());
    } else {
      out.appendAscii(value.toString());
    }
  }

  private static void writeText(JsonBuffer out, BigDecimal value) {
    int scale = value.scale();
    if (scale >= 0 && scale < DOUBLE_POW10.length && value.precision() <= MAX_EXACT_DECIMAL_DIGITS) {
      // Amounts and the like, written from their unscaled value as the doubles below are, for
      // BigDecimal has no way to hand over its unscaled long without making a BigInteger, and
      // toString() makes a String for every value not printed before. doubleValue() is the double
      // nearest to unscaled / 10^scale; times 10^scale (exact) it lies within 0.23 of unscaled
      // while |unscaled| < 10^15, so rounding gives unscaled back exactly.
      long unscaled = Math.round(value.doubleValue() * DOUBLE_POW10[scale]);
      writeFixedPoint(out, unscaled < 0, Math.abs(unscaled), scale);
      return;
    }
    // BigDecimal caches toString(); it equals toPlainString() for a non-negative scale when the
    // adjusted exponent (precision - scale - 1) is at least -6.
    if (scale >= 0 && value.precision() - scale - 1 >= -6) {
      out.appendAscii(value.toString());
    } else {
      out.appendAscii(value.toPlainString());
    }
  }

  private static void writeText(JsonBuffer out, double d) {
    if (d == 0) {
      out.append('0');
      return;
    }
    double a = Math.abs(d);
    if (a < TWO_POW_53) {
      if (a == Math.rint(a)) {
        write(out, (long) d);
        return;
      }
      // Most doubles: their digits put down here, without the String the rules would make.
      int k = PlainNumbers.fractionDigits(a);
      if (k > 0) {
        writeFixedPoint(out, d < 0, (long) Math.rint(a * DOUBLE_POW10[k]), k);
        return;
      }
    }
    // The quick way has been tried above (or cannot apply): the rules search for the rest.
    out.appendAscii(PlainNumbers.searched(d));
  }

  private static void writeText(JsonBuffer out, float f) {
    if (f == 0) {
      out.append('0');
      return;
    }
    float a = Math.abs(f);
    if (a < TWO_POW_24 && a == (float) Math.rint(a)) {
      write(out, (long) f);
      return;
    }
    // Most floats: their digits put down here, as a double's are, without the rules' String.
    int k = a < TWO_POW_24 ? PlainNumbers.fractionDigits(a) : -1;
    if (k > 0) {
      writeFixedPoint(out, f < 0, (long) Math.rint((double) a * DOUBLE_POW10[k]), k);
      return;
    }
    out.appendAscii(PlainNumbers.searched(f));
  }

  /**
   * Writes {@code m / 10^k} in plain notation: a sign if {@code negative}, the integer digits, and
   * for {@code k > 0} a point and exactly {@code k} fraction digits. {@code 0 <= m < 2^53}, {@code
   * k < 18}.
   */
  private static void writeFixedPoint(JsonBuffer out, boolean negative, long m, int k) {
    out.ensure(MAX_SHORT_DOUBLE_LENGTH);
    byte[] b = out.bytes;
    int p = out.size;
    if (negative) {
      b[p++] = '-';
    }
    long unit = Digits.POW10[k];
    p = Digits.write(b, p, m / unit);
    if (k > 0) {
      b[p++] = '.';
      p = Digits.writePadded(b, p, m % unit, k);
    }
    out.size = p;
  }

  /** Writes {@code value} at {@code p}, which has room for {@link #MAX_LONG_LENGTH} bytes. */
  private static int writeLong(byte[] b, int p, long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        System.arraycopy(MIN_LONG, 0, b, p, MIN_LONG.length);
        return p + MIN_LONG.length;
      }
      b[p++] = '-';
      value = -value;
    }
    return Digits.write(b, p, value);
  }

  private static double requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return value;
  }

  private static float requireFinite(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return value;
  }
}

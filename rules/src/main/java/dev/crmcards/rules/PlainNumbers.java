package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A double or float in the digits the card's JavaScript prints for it, written without an
 * exponent: the fewest significant digits that read back as the same number, the nearest of them
 * where several do (ECMA-262 Number::toString), so {@code 2e23} is {@code 200000000000000000000000}
 * and {@code 5e-324} is {@code 0.}, 323 zeros and {@code 5}. Java 17's {@link
 * Double#toString(double)} is not always shortest ({@code 1.9999999999999998E23} for {@code 2e23}),
 * so the card's messages, the server's and the JSON the server writes all take their digits from
 * here.
 */
public final class PlainNumbers {
  private PlainNumbers() {}

  /** 2^53: below it every integer is a double, and m / 10^k is correctly rounded for m below it. */
  private static final double TWO_POW_53 = 9007199254740992.0;

  /** 2^24: below it every integer is a float. */
  private static final float TWO_POW_24 = 16777216f;

  /** 10^0 .. 10^17 as doubles, each exact: 10^k = 2^k * 5^k, and 5^17 < 2^53. */
  private static final double[] POW10 = new double[18];

  static {
    double power = 1;
    for (int k = 0; k < POW10.length; k++) {
      POW10[k] = power;
      power *= 10;
    }
  }

  /** The most significant digits a double needs to read back; a float needs 9. */
  private static final int DOUBLE_DIGITS = 17;

  private static final int FLOAT_DIGITS = 9;

  /**
   * {@code value} in the shortest digits that read back as it, plainly; {@code -0.0} is {@code 0}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString; API.md §10 details")
  public static String of(double value) {
    return decimal(value).toPlainString();
  }

  /**
   * {@code value}'s digits as {@link #of(double)} gives them, found by the search alone: for a
   * writer that has tried the quick way ({@link #fractionDigits}) itself, so that it is not tried
   * twice.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString")
  public static String searched(double value) {
    requireFinite(value);
    return value == 0 ? "0" : shortest(new BigDecimal(value), value, DOUBLE_DIGITS);
  }

  /**
   * {@code value} as a decimal of those digits ({@link #of(double)}), for comparing exactly what
   * the card sends: not {@link BigDecimal#valueOf(double)}, whose digits are Java 17's toString,
   * and {@code 1}, not {@code 1.0}, for a whole number.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString; API.md §10 details")
  public static BigDecimal decimal(double value) {
    requireFinite(value);
    double magnitude = Math.abs(value);
    boolean exact = magnitude < TWO_POW_53;
    boolean whole = magnitude == Math.rint(magnitude);
    BigDecimal quick = quick(value, exact && whole, exact && !whole ? fractionDigits(magnitude) : -1);
    return quick != null ? quick : new BigDecimal(searched(value));
  }

  /**
   * {@code value} in the shortest digits that read back as the float, plainly.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString; IEEE 754 binary32")
  public static String of(float value) {
    return decimal(value).toPlainString();
  }

  /**
   * {@code value} as a decimal of the digits {@link #of(float)} gives, as {@link #decimal(double)}
   * is for doubles.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString; IEEE 754 binary32")
  public static BigDecimal decimal(float value) {
    requireFinite(value);
    float magnitude = Math.abs(value);
    boolean whole = magnitude == (float) Math.rint(magnitude);
    // Below 2^24 every whole number is a float, and its digits are the shortest.
    BigDecimal quick = quick(value, whole && magnitude < TWO_POW_24, whole ? -1 : fractionDigits(magnitude));
    return quick != null ? quick : new BigDecimal(searched(value));
  }

  /**
   * The quick way's decimal of {@code value} (a double, or a float widened exactly): the whole
   * number itself, or its {@code k} fraction digits made from the digits directly, with no text
   * written and read back; null when neither applies and the search must find the digits.
   */
  private static BigDecimal quick(double value, boolean exactWhole, int k) {
    if (exactWhole) {
      return BigDecimal.valueOf((long) value);
    }
    return k > 0 ? fixedPoint(value < 0, (long) Math.rint(Math.abs(value) * POW10[k]), k) : null;
  }

  /**
   * {@code value}'s digits as {@link #of(float)} gives them, found by the search alone: for a
   * writer that has tried the quick way ({@link #fractionDigits(float)}) itself.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString; IEEE 754 binary32")
  public static String searched(float value) {
    requireFinite(value);
    return value == 0 ? "0" : shortest(new BigDecimal(value), value, FLOAT_DIGITS);
  }

  /**
   * The quick way to the shortest digits of most floats with a fraction, as {@link
   * #fractionDigits(double)} is for doubles: the fewest digits {@code k} after the point for which
   * {@code m / 10^k}, {@code m = rint(magnitude * 10^k)}, reads back as the float; -1 when none up
   * to {@value #FLOAT_FRACTION_DIGITS} does, or {@code magnitude} is a power of two ({@link
   * #of(float)} then finds them). A float times {@code 10^k} (24 bits times {@code 5^k}, at most 28
   * of them) is an exact double, so whether {@code m / 10^k} lies within half a float's ulp of it
   * is decided exactly, a tie reading back as the float with the even significand, as a parser
   * rounds. A power of two has a nearer neighbour below than above, so a nearest candidate that
   * does not read back may have one on the other side that does; those are left to the search.
   *
   * @param magnitude a positive float with a fraction
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString; IEEE 754 binary32")
  public static int fractionDigits(float magnitude) {
    int bits = Float.floatToRawIntBits(magnitude);
    if ((bits & SIGNIFICAND_BITS) == 0) {
      return -1;
    }
    boolean evenSignificand = (bits & 1) == 0;
    double exact = magnitude;
    double ulp = Math.ulp(magnitude);
    for (int k = 1; k <= FLOAT_FRACTION_DIGITS; k++) {
      double scaled = exact * POW10[k];
      if (scaled >= TWO_POW_53) {
        return -1;
      }
      double off = Math.abs(Math.rint(scaled) - scaled);
      double halfUlp = ulp * 0.5 * POW10[k];
      if (off < halfUlp || (off == halfUlp && evenSignificand)) {
        return k;
      }
    }
    return -1;
  }

  /** The most fraction digits {@link #fractionDigits(float)} tries: 5^12 still fits in 28 bits. */
  private static final int FLOAT_FRACTION_DIGITS = 12;

  /** A float's stored significand: zero for a power of two. */
  private static final int SIGNIFICAND_BITS = (1 << 23) - 1;

  /** A double's stored significand: zero for a power of two. */
  private static final long DOUBLE_SIGNIFICAND_BITS = (1L << 52) - 1;

  /**
   * The quick way to the shortest digits of most doubles, for a writer that puts them down
   * itself: the fewest digits {@code k} after the point for which {@code m / 10^k}, {@code m =
   * rint(magnitude * 10^k)}, reads back as {@code magnitude}; -1 when no {@code k} up to 17 with
   * {@code m} below 2^53 does ({@link #of(double)} then finds them). Both {@code m} and {@code
   * 10^k} are exact doubles, so the division is correctly rounded, as a parser reading {@code "m
   * e-k"} rounds. Where it finds none, {@link #searched} finds the digits without trying it again.
   *
   * @param magnitude a positive double below 2^53 with a fraction
   */
  @From(value = APP_CARD, source = "ECMA-262 Number::toString")
  public static int fractionDigits(double magnitude) {
    for (int k = 1; k < POW10.length; k++) {
      double scaled = magnitude * POW10[k];
      if (scaled >= TWO_POW_53) {
        return -1;
      }
      if (Math.rint(scaled) / POW10[k] == magnitude) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The fewest significant digits of {@code exact} (the binary value as a decimal) that read back
   * as {@code value}: rounded to 1, 2, ... digits, the nearest first; where the nearest does not
   * read back, its neighbour on the other side may, for the values that read back as a power of
   * two lie more widely above it than below.
   */
  private static String shortest(BigDecimal exact, double value, int maxDigits) {
    // Elsewhere the neighbours are equally far, so a farther candidate cannot read back where the
    // nearest does not.
    boolean powerOfTwo = maxDigits == FLOAT_DIGITS
        ? (Float.floatToRawIntBits((float) value) & SIGNIFICAND_BITS) == 0
        : (Double.doubleToRawLongBits(value) & DOUBLE_SIGNIFICAND_BITS) == 0;
    for (int digits = 1; digits < maxDigits; digits++) {
      BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (readsBack(nearest, value, maxDigits)) {
        return plain(nearest);
      }
      if (!powerOfTwo) {
        continue;
      }
      RoundingMode otherSide = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
      BigDecimal other = exact.round(new MathContext(digits, otherSide));
      if (readsBack(other, value, maxDigits)) {
        return plain(other);
      }
    }
    return plain(exact.round(new MathContext(maxDigits, RoundingMode.HALF_EVEN)));
  }

  private static boolean readsBack(BigDecimal candidate, double value, int maxDigits) {
    return maxDigits == FLOAT_DIGITS
        ? candidate.floatValue() == (float) value
        : candidate.doubleValue() == value;
  }

  /** {@code m / 10^k}, negated if {@code negative}, with its k fraction digits. */
  private static BigDecimal fixedPoint(boolean negative, long m, int k) {
    return BigDecimal.valueOf(negative ? -m : m, k);
  }

  private static String plain(BigDecimal digits) {
    return digits.stripTrailingZeros().toPlainString();
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
  }
}

package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlainNumbersTest {

  @Test
  void printsTheDigitsJavaScriptPrints() {
    // Java 17's Double.toString says 1.9999999999999998E23 and 9.999999999999999E22.
    assertThat(PlainNumbers.of(2e23)).isEqualTo("200000000000000000000000");
    assertThat(PlainNumbers.of(-2e23)).isEqualTo("-200000000000000000000000");
    assertThat(PlainNumbers.of(1e23)).isEqualTo("100000000000000000000000");
    assertThat(PlainNumbers.of(1e22)).isEqualTo("10000000000000000000000");
    assertThat(PlainNumbers.of(5e-324)).isEqualTo("0." + "0".repeat(323) + "5");
    assertThat(PlainNumbers.of(1e-7)).isEqualTo("0.0000001");
    assertThat(PlainNumbers.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(PlainNumbers.of(99.5)).isEqualTo("99.5");
    assertThat(PlainNumbers.of(-0.0)).isEqualTo("0");
    assertThat(PlainNumbers.of(1.0)).isEqualTo("1");
    assertThat(PlainNumbers.of(9007199254740993.0)).isEqualTo("9007199254740992");
    assertThat(PlainNumbers.of(Double.MAX_VALUE)).isEqualTo("17976931348623157" + "0".repeat(292));
    // 2^-1017, as V8 prints it: the nearest 16 digits read back as another double, the next do not.
    assertThat(PlainNumbers.of(Math.scalb(1.0, -1017))).isEqualTo("0." + "0".repeat(306) + "7120236347223045");
    assertThat(PlainNumbers.of(0.1f)).isEqualTo("0.1");
    assertThat(PlainNumbers.of(16777217f)).isEqualTo("16777216");
    // The search alone gives the quick way's digits too.
    assertThat(PlainNumbers.searched(99.5)).isEqualTo("99.5");
    assertThat(PlainNumbers.searched(-0.0)).isEqualTo("0");
    assertThat(PlainNumbers.searched(9007199254740991.0)).isEqualTo("9007199254740991");
  }

  @Test
  void aDecimalHasTheDigitsTheCardSends() {
    // BigDecimal.valueOf(2e23) is 1.9999999999999998E+23, below the 2e23 the card sends.
    assertThat(PlainNumbers.decimal(2e23)).isEqualTo(new BigDecimal("200000000000000000000000"));
    assertThat(PlainNumbers.decimal(1.0)).isEqualTo(BigDecimal.ONE);
    assertThat(PlainNumbers.decimal(-0.0)).isEqualTo(BigDecimal.ZERO);
    assertThat(PlainNumbers.decimal(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30000000000000004"));
    assertThat(PlainNumbers.decimal(-12.5)).isEqualTo(new BigDecimal("-12.5"));
    assertThat(PlainNumbers.decimal(0.1f)).isEqualTo(new BigDecimal("0.1"));
    assertThat(PlainNumbers.decimal(-3f)).isEqualTo(new BigDecimal("-3"));
    assertThatThrownBy(() -> PlainNumbers.decimal(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlainNumbers.decimal(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesWhatIsNoNumber() {
    assertThatThrownBy(() -> PlainNumbers.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlainNumbers.searched(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlainNumbers.of(Float.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anyDoubleReadsBackFromItsDigitsAndNoFewerDigitsWould() {
    SplittableRandom random = new SplittableRandom(20261207);
    for (int i = 0; i < 100_000; i++) {
      double value = switch (i % 3) {
        case 0 -> Double.longBitsToDouble(random.nextLong()); // every exponent
        case 1 -> random.nextLong(1, 1L << 53) / Math.pow(10, random.nextInt(1, 18)); // short decimals
        default -> random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
      };
      if (Double.isFinite(value)) {
        assertShortest(value, PlainNumbers.of(value), 17);
        assertThat(PlainNumbers.searched(value)).as("%s", value).isEqualTo(PlainNumbers.of(value));
        // The decimal made from the digits directly is the one the search's text reads as, scale and all.
        assertThat(PlainNumbers.decimal(value)).as("%s", value).isEqualTo(new BigDecimal(PlainNumbers.searched(value)));
      }
    }
  }

  @Test
  void anyFloatReadsBackFromItsDigitsAndNoFewerDigitsWould() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 150_000; i++) {
      float value = switch (i % 3) {
        case 0 -> Float.intBitsToFloat(random.nextInt()); // every exponent
        case 1 -> (float) (random.nextInt(1, 1 << 24) / Math.pow(10, random.nextInt(1, 10))); // short decimals
        default -> (float) (random.nextDouble() * Math.pow(10, random.nextInt(-6, 8)));
      };
      if (Float.isFinite(value)) {
        assertShortest(value, PlainNumbers.of(value), 9);
        // The quick way, where it applies, finds what the search finds, the nearest digits included.
        assertThat(PlainNumbers.searched(value)).as("%s", value).isEqualTo(PlainNumbers.of(value));
        assertThat(PlainNumbers.decimal(value)).as("%s", value).isEqualTo(new BigDecimal(PlainNumbers.searched(value)));
      }
    }
  }

  /** Powers of two have a nearer neighbour below than above: left to the search, and shortest. */
  @Test
  void floatPowersOfTwoAreShortest() {
    for (int exponent = -149; exponent <= 127; exponent++) {
      float value = Math.scalb(1f, exponent);
      assertShortest(value, PlainNumbers.of(value), 9);
      assertThat(PlainNumbers.searched(value)).isEqualTo(PlainNumbers.of(value));
    }
  }

  /**
   * {@code text} is plain, reads back as {@code value}, and no decimal of fewer significant digits
   * does: the nearest of those below and above the value (rounded down and up) do not.
   */
  private static void assertShortest(double value, String text, int maxDigits) {
    boolean isFloat = maxDigits == 9;
    assertThat(text).as("%s", value).doesNotContainAnyWhitespaces().doesNotContain("E", "e");
    BigDecimal read = new BigDecimal(text);
    assertThat(isFloat ? read.floatValue() : read.doubleValue()).as(text).isEqualTo(value);
    int digits = read.signum() == 0 ? 1 : read.stripTrailingZeros().precision();
    if (digits > 1) {
      BigDecimal exact = isFloat ? new BigDecimal((float) value) : new BigDecimal(value);
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal shorter = exact.round(new MathContext(digits - 1, mode));
        boolean readsBack = isFloat ? shorter.floatValue() == (float) value : shorter.doubleValue() == value;
        assertThat(readsBack).as("%s reads back as %s, shorter than %s", shorter, value, text).isFalse();
      }
    }
  }
}

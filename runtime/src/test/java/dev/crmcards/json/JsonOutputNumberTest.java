package dev.crmcards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.rules.PlainNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The unquoted numbers of a summary: the same plain text the quoted property values have. */
class JsonOutputNumberTest {

  private static String write(java.util.function.Consumer<JsonOutput> writer) {
    JsonOutput out = new JsonOutput(16);
    writer.accept(out);
    return out.toString();
  }

  @Test
  void numbersAreWrittenPlainWithoutQuotes() {
    assertThat(write(o -> o.number(94.34))).isEqualTo("94.34");
    assertThat(write(o -> o.number(3.0))).isEqualTo("3");
    assertThat(write(o -> o.number(1e-7))).isEqualTo("0.0000001");
    assertThat(write(o -> o.number(0.1f))).isEqualTo("0.1");
    assertThat(write(o -> o.number(new BigDecimal("1234.50")))).isEqualTo("1234.50");
    assertThat(write(o -> o.number(new BigDecimal("1E+3")))).isEqualTo("1000");
    assertThat(write(o -> o.number(new BigInteger("123456789012345678901234567890"))))
        .isEqualTo("123456789012345678901234567890");
  }

  /** Within a long's range the digits are put down directly; beyond it, toString's. */
  @Test
  void bigIntegersHaveTheirDigitsOnBothSidesOfALong() {
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
    java.util.List<BigInteger> edges = java.util.List.of(
        BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(), max, max.add(BigInteger.ONE),
        min, min.subtract(BigInteger.ONE), BigInteger.TEN.pow(18), BigInteger.TEN.pow(19).negate());
    SplittableRandom random = new SplittableRandom(7);
    java.util.List<BigInteger> values = new java.util.ArrayList<>(edges);
    for (int i = 0; i < 10_000; i++) {
      BigInteger value = new BigInteger(1 + random.nextInt(80), new java.util.Random(random.nextLong()));
      values.add(random.nextBoolean() ? value : value.negate());
    }
    for (BigInteger value : values) {
      assertThat(write(o -> o.number(value))).isEqualTo(value.toString());
      assertThat(write(o -> o.quotedNumber(value))).isEqualTo("\"" + value + "\"");
    }
  }

  /** Allocation counting is deterministic, unlike timing: an id held as a BigInteger costs none. */
  @Test
  void aBigIntegerThatFitsALongIsWrittenWithoutAllocating() {
    BigInteger id = new BigInteger("-9223372036854775808");
    JsonOutput out = new JsonOutput(64);
    assertThat(leastAllocated(() -> {
      out.reset();
      out.number(id);
      out.quotedNumber(id);
    })).isZero();
  }

  /**
   * The fewest bytes 10,000 runs of {@code work} allocated on this thread, over up to 20 rounds
   * (the JIT settles meanwhile); 0 as soon as a round allocates nothing.
   */
  private static long leastAllocated(Runnable work) {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    long least = Long.MAX_VALUE;
    for (int round = 0; round < 20 && least > 0; round++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 10_000; i++) {
        work.run();
      }
      least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
    }
    return least;
  }

  @Test
  void theSameTextAsTheQuotedForms() {
    for (double d : new double[] {0.925, -12.5, 1e21, 123456.789}) {
      assertThat("\"" + write(o -> o.number(d)) + "\"").isEqualTo(write(o -> o.quotedDouble(d)));
    }
  }

  @Test
  void doublesHaveTheDigitsOfTheRulesAsTheCardPrintsThem() {
    // 2^-1017: the decimal nearest it in 16 digits reads back as another double, one above does.
    assertThat(write(o -> o.number(Math.scalb(1.0, -1017))))
        .isEqualTo("0." + "0".repeat(306) + "7120236347223045");
    assertThat(write(o -> o.number(2e23))).isEqualTo("200000000000000000000000");
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 20_000; i++) {
      double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * 1e6;
      if (Double.isFinite(d)) {
        assertThat(write(o -> o.number(d))).as("%s", d).isEqualTo(PlainNumbers.of(d));
      }
    }
  }

  @Test
  void floatsHaveTheDigitsOfTheRules() {
    SplittableRandom random = new SplittableRandom(19);
    for (int i = 0; i < 20_000; i++) {
      float f = i % 2 == 0
          ? Float.intBitsToFloat(random.nextInt())
          : (float) (random.nextInt(1, 1 << 24) / Math.pow(10, random.nextInt(1, 9)));
      if (Float.isFinite(f)) {
        assertThat(write(o -> o.number(f))).as("%s", f).isEqualTo(PlainNumbers.of(f));
        assertThat(write(o -> o.quotedFloat(f))).as("%s", f).isEqualTo("\"" + PlainNumbers.of(f) + "\"");
      }
    }
  }

  /** A float with a fraction, as most are, is put down without the rules' String. */
  @Test
  void aFloatWithAFractionIsWrittenWithoutAllocating() {
    JsonOutput out = new JsonOutput(64);
    long least = leastAllocated(() -> {
      out.reset();
      out.number(0.1f);
      out.quotedFloat(-1234.56f);
    });
    assertThat(out.toString()).isEqualTo("0.1\"-1234.56\"");
    assertThat(least).isZero();
  }

  @Test
  void notANumberIsRefused() {
    assertThatThrownBy(() -> write(o -> o.number(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
  }
}

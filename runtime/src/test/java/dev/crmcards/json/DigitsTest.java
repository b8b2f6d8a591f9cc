package dev.crmcards.json;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {

  /** The digits written at offset 3 of a larger array, nothing else touched. */
  private static String written(long v) {
    byte[] b = new byte[3 + Digits.MAX_LONG_DIGITS + 3];
    Arrays.fill(b, (byte) '#');
    int end = Digits.write(b, 3, v);
    assertThat(end - 3).isEqualTo(Digits.count(v));
    assertThat(new String(b, US_ASCII)).startsWith("###").endsWith("#".repeat(b.length - end));
    return new String(b, 3, end - 3, US_ASCII);
  }

  @ParameterizedTest
  @ValueSource(
      longs = {
        0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 999_999_999_999_999_999L,
        1_000_000_000_000_000_000L, Long.MAX_VALUE
      })
  void everyLengthAtItsEdges(long v) {
    assertThat(written(v)).isEqualTo(Long.toString(v));
  }

  @Test
  void countAroundEveryPowerOfTen() {
    for (int k = 0; k < Digits.POW10.length; k++) {
      for (long v : new long[] {Digits.POW10[k] - 1, Digits.POW10[k], Digits.POW10[k] + 1}) {
        assertThat(Digits.count(v)).as("digits of %d", v).isEqualTo(Long.toString(v).length());
      }
    }
    assertThat(Digits.count(Long.MAX_VALUE)).isEqualTo(19);
  }

  @Test
  void randomValues() {
    Random random = new Random(20261202);
    for (int i = 0; i < 10_000; i++) {
      long v = (random.nextLong() >>> 1) >>> random.nextInt(63);
      assertThat(written(v)).isEqualTo(Long.toString(v));
    }
  }

  @Test
  void paddedToTheWidthWithLeadingZeros() {
    byte[] b = new byte[20];
    int end = Digits.writePadded(b, 2, 42, 5);
    assertThat(end).isEqualTo(7);
    assertThat(new String(b, 2, 5, US_ASCII)).isEqualTo("00042");
    assertThat(new String(b, 0, Digits.writePadded(b, 0, 7, 1), US_ASCII)).isEqualTo("7");
    assertThat(new String(b, 0, Digits.writePadded(b, 0, 0, 17), US_ASCII))
        .isEqualTo("0".repeat(17));
  }
}

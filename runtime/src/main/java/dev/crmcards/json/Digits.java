package dev.crmcards.json;

/**
 * The ASCII decimal digits of non-negative integers, written into a byte array that has room for
 * them. Shared by the number and date encoders.
 */
final class Digits {

  /** The most digits a {@code long} has. */
  static final int MAX_LONG_DIGITS = 19;

  /** The tens digit of 0..99: two digits per table look-up instead of one per division. */
  static final byte[] TENS = new byte[100];

  /** The ones digit of 0..99. */
  static final byte[] ONES = new byte[100];

  /** 10^0 .. 10^18, every power of ten a {@code long} holds. */
  static final long[] POW10 = new long[MAX_LONG_DIGITS];

  static {
    for (int i = 0; i < 100; i++) {
      TENS[i] = (byte) ('0' + i / 10);
      ONES[i] = (byte) ('0' + i % 10);
    }
    long p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private Digits() {}

  /** How many digits {@code v >= 0} has. */
  static int count(long v) {
    // From the bit length: a number of b bits has floor(b * log10(2)) or one more digits (1233 /
    // 4096 is log10(2) to the precision needed), one comparison decides which. Epoch milliseconds
    // and ids have 13 and more digits, which a loop over the powers of ten would step through.
    // v | 1 has the digits of v (no power of ten is odd but 1) and makes 0 count as 1 digit.
    long odd = v | 1;
    int n = ((64 - Long.numberOfLeadingZeros(odd)) * 1233) >>> 12;
    return odd >= POW10[n] ? n + 1 : n;
  }

  /**
   * Writes the digits of {@code v >= 0} at {@code p}, which must have room for {@link #count}.
   *
   * @return the position after the last digit
   */
  static int write(byte[] b, int p, long v) {
    int end = p + count(v);
    int q = end;
    while (v >= 100) {
      long quotient = v / 100;
      int r = (int) (v - quotient * 100);
      b[--q] = ONES[r];
      b[--q] = TENS[r];
      v = quotient;
    }
    int r = (int) v;
    b[--q] = ONES[r];
    if (r >= 10) {
      b[--q] = TENS[r];
    }
    return end;
  }

  /**
   * Writes {@code 0 <= v < 10^width} as exactly {@code width} digits, with leading zeros.
   *
   * @return the position after the last digit
   */
  static int writePadded(byte[] b, int p, long v, int width) {
    int end = p + width;
    for (int q = end - 1; q >= p; q--) {
      b[q] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    }
    return end;
  }
}

package dev.crmcards.json;

import java.util.Arrays;

/**
 * The growable byte array a {@link JsonOutput} writes into. The encoders write into {@link #bytes}
 * directly after {@link #ensure(int)}, keeping the position in a local while they loop.
 *
 * <p>{@link JsonOutput} extends it rather than holding one: the encoders then reach the array
 * through the writer itself, one load fewer on every call, which the serialization benchmark
 * shows. Not thread-safe.
 */
class JsonBuffer {

  /** The largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 16;

  /** The bytes written are the first {@link #size} of it. Replaced when the buffer grows. */
  byte[] bytes;

  int size;

  JsonBuffer(int capacity) {
    bytes = new byte[capacity];
  }

  /** Makes room for at least {@code extra} more bytes. */
  final void ensure(int extra) {
    if (extra > bytes.length - size) {
      grow(extra);
    }
  }

  private void grow(int extra) {
    long needed = (long) size + extra;
    if (needed > MAX_ARRAY_SIZE) {
      throw new OutOfMemoryError("JSON output larger than " + MAX_ARRAY_SIZE + " bytes");
    }
    long doubled = Math.min(Math.max((long) bytes.length * 2, 64), MAX_ARRAY_SIZE);
    bytes = Arrays.copyOf(bytes, (int) Math.max(needed, doubled));
  }

  final void append(byte[] preEncoded) {
    int n = preEncoded.length;
    ensure(n);
    System.arraycopy(preEncoded, 0, bytes, size, n);
    size += n;
  }

  /** Appends the low 8 bits of {@code b}. */
  final void append(int b) {
    if (size == bytes.length) {
      grow(1);
    }
    bytes[size++] = (byte) b;
  }

  /** Appends a string known to hold only ASCII characters, one byte each. */
  final void appendAscii(String ascii) {
    int n = ascii.length();
    ensure(n);
    byte[] b = bytes;
    int p = size;
    for (int i = 0; i < n; i++) {
      b[p++] = (byte) ascii.charAt(i);
    }
    size = p;
  }

  /**
   * Empties the buffer; if it grew beyond {@code maxCapacity}, it starts again with a new array of
   * {@code newCapacity}, so that one huge output does not pin its memory for good.
   */
  final void clear(int maxCapacity, int newCapacity) {
    if (bytes.length > maxCapacity) {
      bytes = new byte[newCapacity];
    }
    size = 0;
  }
}

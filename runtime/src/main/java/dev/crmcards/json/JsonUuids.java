package dev.crmcards.json;

import java.util.UUID;

/**
 * UUIDs in their canonical text, {@code 8-4-4-4-12} lower-case hex digits as {@link
 * UUID#toString()} writes them, put down without the String that makes: an action's {@code
 * {placeholder}} of a UUID is written once per object of every answer.
 */
final class JsonUuids {
  /** The length of the canonical text. */
  static final int LENGTH = 36;

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  private JsonUuids() {}

  static void write(JsonBuffer out, UUID value) {
    long high = value.getMostSignificantBits();
    long low = value.getLeastSignificantBits();
    out.ensure(LENGTH);
    byte[] b = out.bytes;
    int p = out.size;
    p = hex(b, p, high >>> 32, 8);
    b[p++] = '-';
    p = hex(b, p, high >>> 16, 4);
    b[p++] = '-';
    p = hex(b, p, high, 4);
    b[p++] = '-';
    p = hex(b, p, low >>> 48, 4);
    b[p++] = '-';
    p = hex(b, p, low, 12);
    out.size = p;
  }

  /** Writes the low {@code digits} hex digits of {@code v} at {@code p}; returns the end. */
  private static int hex(byte[] b, int p, long v, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      b[p + i] = HEX[(int) v & 0xF];
      v >>>= 4;
    }
    return p + digits;
  }
}

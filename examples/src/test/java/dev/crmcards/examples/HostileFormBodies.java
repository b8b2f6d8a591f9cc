package dev.crmcards.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random bodies for the bug tracker's report form, reproducible from a seed: values of every JSON
 * type for its members and for others, numbers too long or too large, strings of every plane,
 * nesting far too deep, JSON cut short, and bytes that are no JSON at all.
 */
final class HostileFormBodies {
  static final List<String> MEMBERS =
      List.of("title", "severity", "due", "estimateHours", "tags", "notes", "blocking", "build", "affectedUsers", "cost");
  private static final List<String> OTHER_KEYS = List.of("", "__proto__", "constructor", "title ", "TITLE", "x\u0000y");
  private static final List<String> NUMBERS =
      List.of("0", "-0", "1e999", "-1e-999", "9007199254740993", "1.5", "2.5E1", "1e2147483648", "0.000000001",
          "123456789012345678901234567890", "-2147483649", "1" + "0".repeat(990));
  private static final List<String> STRINGS =
      List.of("", " ", "LOW", "CRITICAL", "UI", "2026-07-01", "2026-13-01", "1.4.2", "\uD83D\uDC1B", "\\u0000",
          "\uD800", "true", "12", "null", "\u2028");

  private final SplittableRandom random;

  HostileFormBodies(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next body. */
  byte[] next() {
    switch (random.nextInt(10)) {
      case 0:
        return bytes();
      case 1:
        return cut(object(2));
      case 2:
        return deep();
      case 3:
        return value(2).getBytes(UTF_8);
      default:
        return object(3).getBytes(UTF_8);
    }
  }

  private String object(int depth) {
    StringBuilder sb = new StringBuilder("{");
    int members = random.nextInt(14);
    for (int i = 0; i < members; i++) {
      if (i > 0) {
        sb.append(',');
      }
      String key = random.nextInt(5) == 0
          ? OTHER_KEYS.get(random.nextInt(OTHER_KEYS.size()))
          : MEMBERS.get(random.nextInt(MEMBERS.size()));
      sb.append(quoted(key)).append(':').append(value(depth - 1));
    }
    return sb.append('}').toString();
  }

  private String value(int depth) {
    switch (random.nextInt(depth > 0 ? 9 : 7)) {
      case 0:
        return "null";
      case 1:
        return random.nextBoolean() ? "true" : "false";
      case 2:
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
      case 3:
        return Long.toString(random.nextLong()) + (random.nextBoolean() ? "" : "." + random.nextInt(1000));
      case 4:
        return quoted(STRINGS.get(random.nextInt(STRINGS.size())));
      case 5:
        return quoted(randomText());
      case 6:
        return quoted("x".repeat(random.nextInt(2000)));
      case 7: {
        StringBuilder sb = new StringBuilder("[");
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          sb.append(i > 0 ? "," : "").append(random.nextInt(3) == 0 ? value(depth - 1) : quoted(
              random.nextBoolean() ? "UI" : STRINGS.get(random.nextInt(STRINGS.size()))));
        }
        return sb.append(']').toString();
      }
      default:
        return object(depth - 1);
    }
  }

  private String randomText() {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x10FFFF) : 0x20 + random.nextInt(0x5F));
    }
    return sb.toString();
  }

  private byte[] bytes() {
    byte[] bytes = new byte[random.nextInt(200)];
    random.nextBytes(bytes);
    if (bytes.length > 0 && random.nextBoolean()) {
      bytes[0] = '{';
    }
    return bytes;
  }

  private byte[] cut(String json) {
    return json.substring(0, random.nextInt(json.length())).getBytes(UTF_8);
  }

  private byte[] deep() {
    int depth = 10 + random.nextInt(20_000);
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    return ("{\"tags\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}").getBytes(UTF_8);
  }

  /** A JSON string literal, escaping what JSON requires (lone surrogates pass as they are). */
  private static String quoted(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}

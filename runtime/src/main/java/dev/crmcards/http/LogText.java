package dev.crmcards.http;

/**
 * Request text as a log line or an error message may repeat it: anyone can send a long path or
 * header, and a control character could forge a line of its own. So at most {@value #MAX_CHARS}
 * characters, control characters as {@code ?}, and a surrogate pair never cut in half.
 */
public final class LogText {
  /** The most characters of one value shown. */
  public static final int MAX_CHARS = 200;

  private LogText() {}

  /** {@code value} as it may be shown. */
  public static String of(String value) {
    int end = Math.min(value.length(), MAX_CHARS);
    if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 3);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return end < value.length() ? out.append("...").toString() : out.toString();
  }
}

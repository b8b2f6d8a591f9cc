package dev.crmcards.rules;

/** Quotes a value the way JSON would: whole, or shortened for a message when long. */
public final class Quote {
  private static final int MAX = 80;

  private Quote() {}

  /** A JSON string literal for a message, its text cut after 80 characters. */
  public static String of(String value) {
    return value.length() > MAX ? json(value.substring(0, MAX), "...") : json(value, "");
  }

  /** The JSON string literal of the whole value. */
  public static String json(String value) {
    return json(value, "");
  }

  private static String json(String value, String suffix) {
    StringBuilder out = new StringBuilder(value.length() + suffix.length() + 8).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(suffix).append('"').toString();
  }
}

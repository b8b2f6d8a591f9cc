package dev.crmcards.rules.problem;

/** Quotes a value for a message the way JSON would, shortened when long. */
public final class Quote {
  private static final int MAX = 80;

  private Quote() {}

  public static String of(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 8).append('"');
    for (int i = 0; i < value.length(); i++) {
      if (i == MAX) {
        out.append("...");
        break;
      }
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
    return out.append('"').toString();
  }
}

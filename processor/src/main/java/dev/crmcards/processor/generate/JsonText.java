package dev.crmcards.processor.generate;

/** JSON text built at compile time, for the definition file and the keys of the response writer. */
final class JsonText {
  private JsonText() {}

  /** Escapes what RFC 8259 requires, plus U+2028 and U+2029 for JavaScript consumers. */
  static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    appendEscaped(sb, s);
    sb.append('"');
  }

  /** The inside of a JSON string literal. */
  static void appendEscaped(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
  }

  static String escaped(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    appendEscaped(sb, s);
    return sb.toString();
  }
}

package dev.crmcards.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;

/**
 * The {@code {"message": "..."}} bodies of action results and errors, and {@code {"message":
 * "...", "errors": {...}}} of refused forms.
 */
final class JsonMessage {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonMessage() {}

  /** {@code {"message":"..."}} as UTF-8. */
  static byte[] of(String message) {
    StringBuilder out = new StringBuilder(message.length() + 16).append("{\"message\":");
    string(out, message);
    return out.append('}').toString().getBytes(UTF_8);
  }

  /** {@code {"message":"...","errors":{"<field>":"...",...}}} as UTF-8; the errors in their order. */
  static byte[] withErrors(String message, Map<String, String> errors) {
    StringBuilder out = new StringBuilder(message.length() + 64).append("{\"message\":");
    string(out, message);
    out.append(",\"errors\":{");
    boolean first = true;
    for (Map.Entry<String, String> error : errors.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, error.getKey());
      out.append(':');
      string(out, error.getValue());
    }
    return out.append("}}").toString().getBytes(UTF_8);
  }

  /** Appends {@code text} as a JSON string. */
  private static void string(StringBuilder out, String message) {
    out.append('"');
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            out.append("\\u")
                .append(HEX[c >> 12 & 0xf])
                .append(HEX[c >> 8 & 0xf])
                .append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}

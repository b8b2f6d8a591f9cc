package dev.crmcards.processor.generate;

import java.util.List;
import java.util.Map;

/**
 * Prints a tree of {@code Map} (in its iteration order), {@code List}, {@code String} and {@code
 * Number} as JSON with two-space indentation, one value per line and a final newline. Empty
 * arrays print as {@code []}. The same tree always prints the same bytes.
 */
final class PrettyJson {
  private PrettyJson() {}

  static String print(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        indent(sb, depth + 1);
        JsonText.appendQuoted(sb, (String) e.getKey());
        sb.append(": ");
        write(sb, e.getValue(), depth + 1);
        sb.append(++i < map.size() ? ",\n" : "\n");
      }
      indent(sb, depth);
      sb.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        indent(sb, depth + 1);
        write(sb, list.get(i), depth + 1);
        sb.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      indent(sb, depth);
      sb.append(']');
    } else if (value instanceof String s) {
      JsonText.appendQuoted(sb, s);
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else if (value == null) {
      sb.append("null");
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void indent(StringBuilder sb, int depth) {
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }
}

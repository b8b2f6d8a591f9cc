package dev.crmcards.rules.vocabulary;

import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TypeScript module the card UI imports, written from the published JSON file: per names
 * term a constant array, the literal union of its values and a type guard ({@code DATA_TYPES},
 * {@code DataType}, {@code isDataType}); per table a constant array of rows and the row's type;
 * per number or text a constant. So a value the rules do not know is a type error in the card UI,
 * and a switch over a union can be checked for being exhaustive.
 */
public final class TypeScriptVocabulary {
  private static final int LINE = 100;

  private TypeScriptVocabulary() {}

  /** The module for the vocabulary file's text. */
  public static String render(String vocabularyJson) {
    JsonValue vocabulary = JsonReader.parse(vocabularyJson);
    StringBuilder out =
        new StringBuilder()
            .append("// Generated from the vocabulary crmcards-rules publishes (")
            .append(Vocabulary.RESOURCE)
            .append("),\n")
            .append("// which its Java rules write. Do not edit: change the rule in rules/src/main/java and build\n")
            .append("// again (mvn -pl rules process-classes writes this file).\n");
    for (Map.Entry<String, JsonValue> member : vocabulary.members().entrySet()) {
      if (member.getKey().startsWith("$")) {
        continue;
      }
      JsonValue term = member.getValue();
      String constant = constantName(member.getKey());
      comment(out, term.path("description").text());
      if (term.has("values")) {
        names(out, constant, term.path("type").text(), term.path("values").elements());
      } else if (term.has("rows")) {
        table(out, constant, term.path("type").text(), term.path("rows").elements());
      } else if (term.path("value").isNumber()) {
        out.append("export const ").append(constant).append(" = ").append(term.path("value").text()).append(";\n");
      } else {
        out.append("export const ").append(constant).append(" = ").append(string(term.path("value").text())).append(";\n");
      }
    }
    return out.toString();
  }

  /** A doc comment, on one line when it fits, else wrapped at word breaks. */
  private static void comment(StringBuilder out, String text) {
    if (text.length() + 7 <= LINE) {
      out.append("\n/** ").append(text).append(" */\n");
      return;
    }
    out.append("\n/**\n");
    StringBuilder line = new StringBuilder(" *");
    for (String word : text.split(" ")) {
      if (line.length() + 1 + word.length() > LINE && line.length() > 2) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(" *");
      }
      line.append(' ').append(word);
    }
    out.append(line).append("\n */\n");
  }

  private static void names(StringBuilder out, String constant, String type, List<JsonValue> values) {
    List<String> literals = values.stream().map(v -> string(v.text())).toList();
    String head = "export const " + constant + " = [";
    String inline = head + String.join(", ", literals) + "] as const;";
    if (inline.length() <= LINE) {
      out.append(inline).append('\n');
    } else {
      out.append(head).append('\n');
      literals.forEach(literal -> out.append("  ").append(literal).append(",\n"));
      out.append("] as const;\n");
    }
    out.append("export type ").append(type).append(" = (typeof ").append(constant).append(")[number];\n");
    out.append("export const is").append(type).append(" = (value: unknown): value is ").append(type)
        .append(" =>\n  (").append(constant).append(" as readonly unknown[]).includes(value);\n");
  }

  private static void table(StringBuilder out, String constant, String type, List<JsonValue> rows) {
    out.append("export const ").append(constant).append(" = [\n");
    for (JsonValue row : rows) {
      out.append("  {");
      String separator = " ";
      for (Map.Entry<String, JsonValue> cell : row.members().entrySet()) {
        out.append(separator).append(cell.getKey()).append(": ").append(string(cell.getValue().text()));
        separator = ", ";
      }
      out.append(" },\n");
    }
    out.append("] as const;\n");
    out.append("export type ").append(type).append(" = (typeof ").append(constant).append(")[number];\n");
  }

  /** {@code dataTypes} as {@code DATA_TYPES}. */
  static String constantName(String key) {
    return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** A single-quoted TypeScript string literal. */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\'' -> out.append("\\'");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('\'').toString();
  }
}

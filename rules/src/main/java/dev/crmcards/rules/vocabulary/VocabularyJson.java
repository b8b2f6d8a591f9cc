package dev.crmcards.rules.vocabulary;

import dev.crmcards.rules.Quote;
import java.util.List;

/**
 * Writes the vocabulary as the JSON file the rules publish: one member per {@link Term}, in order,
 * each with its {@code description} and its {@code values}, {@code rows} or {@code value}; names
 * terms and tables also carry the {@code type} name of one value. Pretty-printed and the same
 * bytes on every build.
 */
public final class VocabularyJson {
  static final String COMMENT =
      "HubSpot's CRM-card vocabulary as crmcards' rules define it. Generated from the Java of"
          + " crmcards-rules (dev.crmcards.rules.vocabulary.Vocabulary); do not edit.";

  private VocabularyJson() {}

  public static String render(List<Term> terms) {
    StringBuilder out = new StringBuilder("{\n  \"$comment\": ").append(string(COMMENT));
    for (Term term : terms) {
      out.append(",\n  ").append(string(term.key())).append(": {\n    \"description\": ")
          .append(string(term.description()));
      if (term instanceof Term.Names names) {
        out.append(",\n    \"type\": ").append(string(names.type()));
        out.append(",\n    \"values\": ").append(strings(names.values()));
      } else if (term instanceof Term.Table table) {
        out.append(",\n    \"type\": ").append(string(table.type()));
        out.append(",\n    \"rows\": [");
        for (int i = 0; i < table.rows().size(); i++) {
          out.append(i == 0 ? "\n      {" : ",\n      {");
          List<String> row = table.rows().get(i);
          for (int c = 0; c < row.size(); c++) {
            out.append(c == 0 ? "" : ", ").append(string(table.columns().get(c))).append(": ").append(string(row.get(c)));
          }
          out.append('}');
        }
        out.append("\n    ]");
      } else if (term instanceof Term.Count count) {
        out.append(",\n    \"value\": ").append(count.value());
      } else if (term instanceof Term.Text text) {
        out.append(",\n    \"value\": ").append(string(text.value()));
      }
      out.append("\n  }");
    }
    return out.append("\n}\n").toString();
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
    }
    return out.append(']').toString();
  }

  private static String string(String value) {
    return Quote.json(value);
  }
}

package dev.crmcards.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.problem.Describe;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problems;

/** Checks one property value (card-defined or per-object) against its data type's format. */
final class PropertyValueRules {
  private PropertyValueRules() {}

  /**
   * @param value the JSON value as sent
   * @return the value's text when it is a string, else {@code null} (the problem is reported)
   */
  static String check(JsonNode value, String dataType, JsonPath path, Problems problems) {
    if (!value.isTextual()) {
      if (value.isNumber()) {
        problems.error(
            path,
            dataType + " values travel as JSON strings: send \"" + value.asText() + "\", not the "
                + Describe.of(value));
      } else {
        problems.error(path, dataType + " value must be a string, got " + Describe.of(value));
      }
      return null;
    }
    String text = value.asText();
    ValueFormats.problem(dataType, text).ifPresent(message -> problems.error(path, message));
    if (dataType.equals("DATETIME") && ValueFormats.looksLikeSeconds(text)) {
      problems.warning(
          path, "DATETIME " + text + " is before 1973 as milliseconds; is it epoch seconds?");
    }
    return text;
  }
}

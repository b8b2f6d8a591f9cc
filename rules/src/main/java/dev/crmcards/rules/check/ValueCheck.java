package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.EVERY_RENDERER;
import static dev.crmcards.rules.check.Clients.RENDERERS;

import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.ValueFormats;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problems;

/**
 * Checks one property value, card-defined or per-object, against its data type's format. crmcards'
 * card UI reads the same formats, and takes numbers where legacy cards and the converter want
 * strings.
 */
final class ValueCheck {
  private ValueCheck() {}

  /** The value's text when it is a string, else {@code null} (after reporting why). */
  static String check(JsonValue value, String dataType, JsonPath path, Problems problems) {
    if (!value.isString()) {
      if (value.isNumber()) {
        problems.error(
            path, RENDERERS,
            dataType + " values travel as JSON strings: send \"" + value.text() + "\", not the " + Describe.of(value));
      } else {
        problems.error(path, EVERY_RENDERER, dataType + " value must be a string, got " + Describe.of(value));
      }
      return null;
    }
    String text = value.text();
    ValueFormats.problem(dataType, text).ifPresent(message -> problems.error(path, EVERY_RENDERER, message));
    if (dataType.equals(DataTypes.DATETIME) && ValueFormats.looksLikeSeconds(text)) {
      problems.warning(path, EVERY_RENDERER, "DATETIME " + text + " is before 1973 as milliseconds; is it epoch seconds?");
    }
    return text;
  }
}

package dev.crmcards.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.ConverterRules;
import dev.crmcards.cli.problem.Describe;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problems;
import java.util.Currency;

/**
 * Checks an object's own {@code properties[]}: each item has a label, a data type the card UI
 * renders, a well-formed value, and its type's extras (CURRENCY an ISO 4217 {@code currencyCode},
 * STATUS an {@code optionType}, LINK an optional string {@code linkLabel}).
 */
final class PropertyItemRules {
  private PropertyItemRules() {}

  static void check(JsonNode properties, JsonPath path, Problems problems) {
    if (properties.isMissingNode() || properties.isNull()) {
      return;
    }
    if (!properties.isArray()) {
      problems.error(path, "must be an array of {label, dataType, value} items, got " + Describe.of(properties));
      return;
    }
    for (int i = 0; i < properties.size(); i++) {
      item(properties.get(i), path.index(i), problems);
    }
  }

  private static void item(JsonNode item, JsonPath path, Problems problems) {
    if (!item.isObject()) {
      problems.error(path, "must be a {label, dataType, value} object, got " + Describe.of(item));
      return;
    }
    JsonNode label = item.path("label");
    if (!label.isTextual() || label.asText().isBlank()) {
      problems.error(path.key("label"), "must be a non-empty string, got " + Describe.of(label));
    }
    JsonNode dataTypeNode = item.path("dataType");
    String dataType = dataTypeNode.asText("");
    if (dataType.equals("BOOLEAN")) {
      problems.error(
          path.key("dataType"), "BOOLEAN is in the API's enum but the card UI does not render it;"
              + " use STRING or STATUS");
      return;
    }
    if (!dataTypeNode.isTextual() || !ConverterRules.DATA_TYPES.contains(dataType)) {
      problems.error(
          path.key("dataType"),
          "must be one of " + ConverterRules.DATA_TYPES + ", got " + Describe.of(dataTypeNode));
      return;
    }
    if (!item.has("value")) {
      problems.error(path.key("value"), "is missing");
    } else {
      PropertyValueRules.check(item.get("value"), dataType, path.key("value"), problems);
    }
    switch (dataType) {
      case "CURRENCY" -> currencyCode(item.path("currencyCode"), path.key("currencyCode"), problems);
      case "STATUS" -> optionType(item.path("optionType"), path.key("optionType"), problems);
      case "LINK" -> {
        JsonNode linkLabel = item.path("linkLabel");
        if (!linkLabel.isMissingNode() && !linkLabel.isNull() && !linkLabel.isTextual()) {
          problems.error(path.key("linkLabel"), "must be a string, got " + Describe.of(linkLabel));
        }
      }
      default -> {}
    }
  }

  private static void currencyCode(JsonNode code, JsonPath path, Problems problems) {
    if (code.isMissingNode() || code.isNull()) {
      problems.error(path, "CURRENCY needs an ISO 4217 currencyCode such as \"USD\"");
      return;
    }
    if (!code.isTextual() || !isIsoCurrency(code.asText())) {
      problems.error(path, "must be an ISO 4217 currency code such as \"USD\", got " + Describe.of(code));
    }
  }

  static boolean isIsoCurrency(String code) {
    if (!code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void optionType(JsonNode type, JsonPath path, Problems problems) {
    if (type.isMissingNode() || type.isNull()) {
      problems.error(path, "STATUS needs an optionType, one of " + ConverterRules.STATUS_TYPES);
    } else if (!ConverterRules.STATUS_TYPES.contains(type.asText()) || !type.isTextual()) {
      problems.error(path, "must be one of " + ConverterRules.STATUS_TYPES + ", got " + Describe.of(type));
    }
  }
}

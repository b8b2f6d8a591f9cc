package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.CONVERTERS;
import static dev.crmcards.rules.check.Clients.EVERY_RENDERER;
import static dev.crmcards.rules.check.Clients.LEGACY;
import static dev.crmcards.rules.check.Clients.LEGACY_AND_APP_CARD;
import static dev.crmcards.rules.check.Clients.OLD_CONVERTER_ONLY;

import dev.crmcards.rules.CurrencyCodes;
import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.LegacyCardConverter;
import dev.crmcards.rules.StatusTypes;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problems;
import java.util.Optional;

/**
 * Checks an object's own {@code properties[]}: a label, a rendered data type, a well-formed
 * value and the type's extras (CURRENCY an ISO 4217 {@code currencyCode}, STATUS an {@code
 * optionType}, LINK an optional string {@code linkLabel}); and a per-object STATUS the way each
 * copy of the converter renders it.
 */
final class PropertyItemCheck {
  private final Definition card;

  PropertyItemCheck(Definition card) {
    this.card = card;
  }

  void checkAll(JsonValue properties, JsonPath path, Problems problems) {
    if (properties.isAbsent()) {
      return;
    }
    if (!properties.isArray()) {
      problems.error(
          path, EVERY_RENDERER, "must be an array of {label, dataType, value} items, got " + Describe.of(properties));
      return;
    }
    for (int i = 0; i < properties.size(); i++) {
      item(properties.get(i), path.index(i), problems);
    }
  }

  private void item(JsonValue item, JsonPath path, Problems problems) {
    if (!item.isObject()) {
      problems.error(path, EVERY_RENDERER, "must be a {label, dataType, value} object, got " + Describe.of(item));
      return;
    }
    if (!item.path("label").isNonBlankString()) {
      problems.error(
          path.key("label"), EVERY_RENDERER, "must be a non-empty string, got " + Describe.of(item.path("label")));
    }
    JsonValue dataTypeValue = item.path("dataType");
    String dataType = dataTypeValue.text();
    if (dataType.equals(DataTypes.UNRENDERED)) {
      problems.error(
          path.key("dataType"), EVERY_RENDERER,
          "BOOLEAN is in the API's enum but cards do not render it; use STRING or STATUS");
      return;
    }
    if (!dataTypeValue.isString() || !DataTypes.RENDERED.contains(dataType)) {
      problems.error(
          path.key("dataType"), EVERY_RENDERER,
          "must be one of " + DataTypes.RENDERED + ", got " + Describe.of(dataTypeValue));
      return;
    }
    String value = null;
    if (!item.has("value")) {
      problems.error(path.key("value"), EVERY_RENDERER, "is missing");
    } else {
      value = ValueCheck.check(item.path("value"), dataType, path.key("value"), problems);
    }
    switch (dataType) {
      case DataTypes.CURRENCY -> currencyCode(item.path("currencyCode"), path.key("currencyCode"), problems);
      case DataTypes.STATUS -> status(item, value, path, problems);
      case DataTypes.LINK -> {
        JsonValue linkLabel = item.path("linkLabel");
        if (!linkLabel.isAbsent() && !linkLabel.isString()) {
          problems.error(path.key("linkLabel"), EVERY_RENDERER, "must be a string, got " + Describe.of(linkLabel));
        }
      }
      default -> {}
    }
  }

  private static void currencyCode(JsonValue code, JsonPath path, Problems problems) {
    if (code.isAbsent()) {
      problems.error(path, LEGACY, "CURRENCY needs an ISO 4217 currencyCode such as \"USD\"");
    } else if (!code.isString() || !CurrencyCodes.isIso4217(code.text())) {
      problems.error(path, LEGACY_AND_APP_CARD, "must be " + CurrencyCodes.EXPECTED + ", got " + Describe.of(code));
    }
  }

  /**
   * Legacy cards and crmcards' card UI colour a per-object STATUS by its {@code optionType}. The
   * converter looks the value up among the options of the card's STATUS display property named by
   * the item's {@code name}; when there is none, copies since its 2026-08 fix fall back to {@code
   * optionType}, and older copies (and newer ones without an optionType) show "Invalid property".
   */
  private void status(JsonValue item, String value, JsonPath path, Problems problems) {
    JsonValue type = item.path("optionType");
    if (type.isAbsent()) {
      problems.error(path.key("optionType"), LEGACY, "STATUS needs an optionType, one of " + StatusTypes.NAMES);
    } else if (!type.isString() || !StatusTypes.NAMES.contains(type.text())) {
      problems.error(
          path.key("optionType"), LEGACY_AND_APP_CARD,
          "must be one of " + StatusTypes.NAMES + ", got " + Describe.of(type));
    }
    if (value == null) {
      return;
    }
    String parent = item.path("name").text();
    Optional<Definition.DisplayProperty> property =
        card.displayProperty(parent).filter(p -> p.dataType().equals(DataTypes.STATUS));
    if (property.isPresent() && property.get().option(value).isPresent()) {
      return;
    }
    String why =
        property.isEmpty()
            ? (parent.isEmpty()
                ? "the item has no \"name\" naming one of the card's STATUS display properties"
                : "\"" + parent + "\" is not a STATUS display property of the card")
            : "\"" + value + "\" is not one of its options " + property.get().optionNames();
    if (type.isAbsent()) {
      problems.warning(
          path.key("value"), CONVERTERS,
          "HubSpot's legacy-card converter renders this as \"Invalid property\": without an optionType it shows a"
              + " per-object STATUS only by an option of a card-defined STATUS property, and " + why
              + ". Send an optionType, or use a card-defined STATUS property");
      return;
    }
    problems.warning(
        path.key("value"), OLD_CONVERTER_ONLY,
        "copies of HubSpot's legacy-card converter taken before its 2026-08 fix render this as \"Invalid property\":"
            + " they ignore optionType and show a per-object STATUS only by an option of a card-defined STATUS"
            + " property, and " + why + ". To show it, " + LegacyCardConverter.TAKE
            + "; or use a card-defined STATUS property");
  }
}

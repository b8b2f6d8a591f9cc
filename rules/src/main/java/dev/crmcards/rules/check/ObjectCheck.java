package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.CONVERTERS;
import static dev.crmcards.rules.check.Clients.EVERY_RENDERER;

import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.ReservedKeys;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problems;
import dev.crmcards.rules.problem.Suggest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one object of {@code results[]}: a numeric {@code objectId}, a string {@code title}, a
 * {@code link} that is a URL or null, card-defined keys that name display properties and hold
 * values of their type, its own {@code properties[]} and its {@code actions}.
 */
final class ObjectCheck {
  private final Definition card;
  private final ActionCheck actions;
  private final PropertyItemCheck items;

  ObjectCheck(Definition card, ActionCheck actions) {
    this.card = card;
    this.actions = actions;
    this.items = new PropertyItemCheck(card);
  }

  void check(JsonValue object, JsonPath path, Problems problems) {
    if (!object.isObject()) {
      problems.error(
          path, EVERY_RENDERER,
          "each result must be an object, got " + Describe.of(object)
              + (object.isNull() ? "; a null result crashes HubSpot's legacy-card converter" : ""));
      return;
    }
    JsonValue objectId = object.path("objectId");
    if (objectId.isMissing()) {
      problems.error(path.key("objectId"), EVERY_RENDERER, "is missing; each object needs a numeric objectId");
    } else if (!objectId.isIntegralNumber()) {
      problems.error(path.key("objectId"), EVERY_RENDERER, "must be a JSON number, got " + Describe.of(objectId));
    }
    JsonValue title = object.path("title");
    if (!title.isNonBlankString()) {
      problems.error(path.key("title"), EVERY_RENDERER, "must be a non-empty string, got " + Describe.of(title));
    }
    JsonValue link = object.path("link");
    if (!link.isAbsent() && (!link.isString() || !Urls.isHttpUrl(link.text()))) {
      problems.error(path.key("link"), EVERY_RENDERER, "must be an absolute http(s) URL or null, got " + Describe.of(link));
    }
    Set<String> itemLabels = itemLabels(object.path("properties"));
    int shown = 0;
    for (Map.Entry<String, JsonValue> field : object.members().entrySet()) {
      String key = field.getKey();
      if (ReservedKeys.OBJECT.contains(key)) {
        continue;
      }
      if (cardProperty(key, field.getValue(), path.key(key), problems)) {
        if (itemLabels.contains(key)) {
          problems.warning(
              path.key(key), CONVERTERS,
              "HubSpot's legacy-card converter hides this value: a per-object property has the label \"" + key
                  + "\", and the converter drops card-defined keys equal to such labels");
        } else {
          shown++;
        }
      }
    }
    items.checkAll(object.path("properties"), path.key("properties"), problems);
    shown += object.path("properties").isArray() ? object.path("properties").size() : 0;
    if (shown > Limits.PROPERTIES_BEFORE_VIEW_MORE) {
      problems.note(
          path, CONVERTERS,
          shown + " properties: HubSpot's legacy-card converter shows the first " + Limits.PROPERTIES_BEFORE_VIEW_MORE
              + " (card-defined ones first, in the object's key order) and the rest behind \"View more\"");
    }
    actions.checkAll(object.path("actions"), path.key("actions"), problems);
  }

  private static Set<String> itemLabels(JsonValue properties) {
    Set<String> labels = new HashSet<>();
    for (JsonValue item : properties.elements()) {
      if (item.path("label").isString()) {
        labels.add(item.path("label").text());
      }
    }
    return labels;
  }

  /** Checks a card-defined key; true when the renderers show it. */
  private boolean cardProperty(String key, JsonValue value, JsonPath path, Problems problems) {
    Optional<Definition.DisplayProperty> property = card.displayProperty(key);
    if (property.isEmpty()) {
      List<String> names = card.displayPropertyNames();
      String hint = Suggest.closest(key, names).map(n -> " Did you mean \"" + n + "\"?").orElse("");
      problems.warning(
          path, EVERY_RENDERER,
          "not a display property of the card, so it is dropped silently (the card defines "
              + String.join(", ", names) + ")." + hint);
      return false;
    }
    if (value.isNull()) {
      return false;
    }
    String dataType = property.get().dataType();
    String text = ValueCheck.check(value, dataType, path, problems);
    if (text != null && dataType.equals(DataTypes.STATUS) && property.get().option(text).isEmpty()) {
      problems.error(
          path, EVERY_RENDERER,
          "STATUS value " + Describe.of(value) + " is not one of the property's option names "
              + property.get().optionNames() + "; HubSpot's legacy-card converter renders it as \"Invalid property\""
              + " and crmcards' card UI without its colour");
    }
    if (dataType.equals(DataTypes.CURRENCY)) {
      problems.note(
          path, CONVERTERS,
          "HubSpot's legacy-card converter shows a card-defined CURRENCY without a currency symbol (the definition"
              + " has no currency code); a per-object CURRENCY property carries currencyCode");
    }
    return true;
  }
}

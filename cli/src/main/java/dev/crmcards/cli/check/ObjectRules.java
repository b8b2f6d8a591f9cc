package dev.crmcards.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DisplayProperty;
import dev.crmcards.cli.definition.StatusOption;
import dev.crmcards.cli.definition.UrlShapes;
import dev.crmcards.cli.problem.Describe;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problems;
import dev.crmcards.cli.problem.Suggest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one object of {@code results[]}: a numeric {@code objectId}, a string {@code title}, a
 * {@code link} that is a URL or null, card-defined keys that name display properties and hold
 * values of their type (STATUS values among the property's option names), its own {@code
 * properties[]} and its {@code actions}.
 */
final class ObjectRules {
  /** Keys of an object that are not display properties. */
  static final Set<String> RESERVED = Set.of("objectId", "title", "link", "actions", "properties");

  private final CardDefinition card;
  private final ActionRules actions;

  ObjectRules(CardDefinition card, ActionRules actions) {
    this.card = card;
    this.actions = actions;
  }

  void check(JsonNode object, JsonPath path, Problems problems) {
    if (!object.isObject()) {
      problems.error(path, "each result must be an object, got " + Describe.of(object));
      return;
    }
    JsonNode objectId = object.path("objectId");
    if (objectId.isMissingNode()) {
      problems.error(path.key("objectId"), "is missing; each object needs a numeric objectId");
    } else if (!objectId.isIntegralNumber()) {
      problems.error(path.key("objectId"), "must be a JSON number, got " + Describe.of(objectId));
    }
    JsonNode title = object.path("title");
    if (!title.isTextual() || title.asText().isBlank()) {
      problems.error(path.key("title"), "must be a non-empty string, got " + Describe.of(title));
    }
    JsonNode link = object.path("link");
    if (!link.isMissingNode() && !link.isNull()
        && (!link.isTextual() || !UrlShapes.isHttpUrl(link.asText()))) {
      problems.error(path.key("link"), "must be an absolute http(s) URL or null, got " + Describe.of(link));
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!RESERVED.contains(field.getKey())) {
        cardProperty(field.getKey(), field.getValue(), path.key(field.getKey()), problems);
      }
    }
    PropertyItemRules.check(object.path("properties"), path.key("properties"), problems);
    actions.checkAll(object.path("actions"), path.key("actions"), problems);
  }

  private void cardProperty(String key, JsonNode value, JsonPath path, Problems problems) {
    Optional<DisplayProperty> property = card.displayProperty(key);
    if (property.isEmpty()) {
      List<String> names = card.displayProperties().stream().map(DisplayProperty::name).toList();
      String hint = Suggest.closest(key, names).map(n -> " Did you mean \"" + n + "\"?").orElse("");
      problems.warning(
          path,
          "not a display property of the card, so HubSpot does not show it (the card defines "
              + String.join(", ", names) + ")." + hint);
      return;
    }
    if (value.isNull()) {
      return;
    }
    String dataType = property.get().dataType();
    String text = PropertyValueRules.check(value, dataType, path, problems);
    if (text != null && dataType.equals("STATUS") && property.get().option(text).isEmpty()) {
      List<String> options = property.get().options().stream().map(StatusOption::name).toList();
      problems.error(
          path,
          "STATUS value " + Describe.of(value) + " is not one of the property's option names "
              + options);
    }
  }
}

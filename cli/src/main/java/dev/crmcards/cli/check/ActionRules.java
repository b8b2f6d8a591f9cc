package dev.crmcards.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.UrlShapes;
import dev.crmcards.cli.problem.Describe;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problems;
import java.util.List;

/**
 * Checks action objects: IFRAME ({@code width}, {@code height}, {@code uri}, {@code label}),
 * ACTION_HOOK ({@code httpMethod}, {@code uri}, {@code label}) and CONFIRMATION_ACTION_HOOK (the
 * same plus {@code confirmationMessage}, {@code confirmButtonText}, {@code cancelButtonText}); and
 * that every action URI starts with one of the card's {@code actions.baseUrls}, without which
 * HubSpot does not display the card.
 */
final class ActionRules {
  static final List<String> TYPES = List.of("IFRAME", "ACTION_HOOK", "CONFIRMATION_ACTION_HOOK");
  static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

  private final List<String> baseUrls;

  ActionRules(List<String> baseUrls) {
    this.baseUrls = List.copyOf(baseUrls);
  }

  /** An array of actions, such as an object's {@code actions} or {@code secondaryActions}. */
  void checkAll(JsonNode actions, JsonPath path, Problems problems) {
    if (actions.isMissingNode() || actions.isNull()) {
      return;
    }
    if (!actions.isArray()) {
      problems.error(path, "must be an array of actions, got " + Describe.of(actions));
      return;
    }
    for (int i = 0; i < actions.size(); i++) {
      check(actions.get(i), path.index(i), problems);
    }
  }

  /** One action of any type. */
  void check(JsonNode action, JsonPath path, Problems problems) {
    if (!action.isObject()) {
      problems.error(path, "an action must be an object, got " + Describe.of(action));
      return;
    }
    JsonNode typeNode = action.path("type");
    String type = typeNode.asText("");
    if (!typeNode.isTextual() || !TYPES.contains(type)) {
      problems.error(path.key("type"), "must be one of " + TYPES + ", got " + Describe.of(typeNode));
      return;
    }
    text(action, "label", path, problems);
    uri(action.path("uri"), path.key("uri"), problems);
    if (type.equals("IFRAME")) {
      pixels(action, "width", path, problems);
      pixels(action, "height", path, problems);
    } else {
      JsonNode method = action.path("httpMethod");
      if (!method.isTextual() || !METHODS.contains(method.asText())) {
        problems.error(
            path.key("httpMethod"), "must be one of " + METHODS + ", got " + Describe.of(method));
      }
      if (type.equals("CONFIRMATION_ACTION_HOOK")) {
        text(action, "confirmationMessage", path, problems);
        text(action, "confirmButtonText", path, problems);
        text(action, "cancelButtonText", path, problems);
      }
    }
    JsonNode properties = action.path("associatedObjectProperties");
    if (!properties.isMissingNode() && !properties.isNull()) {
      if (!properties.isArray()) {
        problems.error(
            path.key("associatedObjectProperties"),
            "must be an array of property names, got " + Describe.of(properties));
      } else {
        for (int i = 0; i < properties.size(); i++) {
          if (!properties.get(i).isTextual()) {
            problems.error(
                path.key("associatedObjectProperties").index(i),
                "must be a property name, got " + Describe.of(properties.get(i)));
          }
        }
      }
    }
  }

  /** The card's settings action, which HubSpot only accepts as an IFRAME. */
  void checkSettings(JsonNode action, JsonPath path, Problems problems) {
    if (action.isObject()
        && action.path("type").isTextual()
        && !action.path("type").asText().equals("IFRAME")
        && TYPES.contains(action.path("type").asText())) {
      problems.error(
          path.key("type"), "settingsAction must be an IFRAME action, got " + Describe.of(action.path("type")));
      return;
    }
    check(action, path, problems);
  }

  private void uri(JsonNode uri, JsonPath path, Problems problems) {
    if (!uri.isTextual() || !UrlShapes.isHttpUrl(uri.asText())) {
      problems.error(path, "must be an absolute http(s) URL, got " + Describe.of(uri));
      return;
    }
    if (baseUrls.isEmpty()) {
      problems.error(
          path, "the card defines no actions.baseUrls, so HubSpot accepts no action URI");
    } else if (baseUrls.stream().noneMatch(uri.asText()::startsWith)) {
      problems.error(
          path,
          Describe.of(uri) + " is not under any of the card's actions.baseUrls " + baseUrls
              + "; HubSpot does not display the card");
    }
  }

  private static void pixels(JsonNode action, String key, JsonPath path, Problems problems) {
    JsonNode value = action.path(key);
    if (!value.isIntegralNumber() || value.asLong() <= 0) {
      problems.error(path.key(key), "must be a positive whole number of pixels, got " + Describe.of(value));
    }
  }

  private static void text(JsonNode action, String key, JsonPath path, Problems problems) {
    JsonNode value = action.path(key);
    if (!value.isTextual() || value.asText().isBlank()) {
      problems.error(path.key(key), "must be a non-empty string, got " + Describe.of(value));
    }
  }
}

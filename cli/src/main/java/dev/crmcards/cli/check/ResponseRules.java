package dev.crmcards.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.problem.Describe;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problem;
import dev.crmcards.cli.problem.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a data-fetch response body (the shape legacy cards and the converter read: {@code
 * results}, {@code settingsAction}, {@code primaryAction}, {@code secondaryActions}) against a
 * card definition.
 */
public final class ResponseRules {
  /** HubSpot shows at most this many objects of a response. */
  public static final int MAX_SHOWN = 5;

  private static final List<String> TOP_LEVEL =
      List.of("results", "settingsAction", "primaryAction", "secondaryActions");

  private ResponseRules() {}

  public static List<Problem> check(CardDefinition card, JsonNode response) {
    Problems problems = new Problems();
    JsonPath root = JsonPath.ROOT;
    if (!response.isObject()) {
      problems.error(root, "the response must be a JSON object, got " + Describe.of(response));
      return problems.list();
    }
    ActionRules actions = new ActionRules(card.baseUrls());
    JsonNode results = response.path("results");
    if (results.isMissingNode()) {
      problems.error(
          root.key("results"),
          response.has("sections")
              ? "is missing: this is the v3 shape (sections, tokens); legacy cards and the"
                  + " converter read results[]"
              : "is missing; the response must have a results array (empty when there is nothing"
                  + " to show)");
    } else if (!results.isArray()) {
      problems.error(root.key("results"), "must be an array, got " + Describe.of(results));
    } else {
      if (results.size() > MAX_SHOWN) {
        problems.warning(
            root.key("results"),
            results.size() + " objects, but HubSpot shows only the first " + MAX_SHOWN
                + "; link to the rest instead");
      }
      ObjectRules objects = new ObjectRules(card, actions);
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < results.size(); i++) {
        JsonNode object = results.get(i);
        objects.check(object, root.key("results").index(i), problems);
        JsonNode id = object.path("objectId");
        if (id.isIntegralNumber() && !ids.add(id.asText())) {
          problems.error(
              root.key("results").index(i).key("objectId"),
              "objectId " + id.asText() + " is used by an earlier object; each must be unique");
        }
      }
    }
    JsonNode settings = response.path("settingsAction");
    if (!settings.isMissingNode() && !settings.isNull()) {
      actions.checkSettings(settings, root.key("settingsAction"), problems);
    }
    JsonNode primary = response.path("primaryAction");
    if (!primary.isMissingNode() && !primary.isNull()) {
      actions.check(primary, root.key("primaryAction"), problems);
    }
    actions.checkAll(response.path("secondaryActions"), root.key("secondaryActions"), problems);
    for (Map.Entry<String, JsonNode> field : response.properties()) {
      String key = field.getKey();
      if (!TOP_LEVEL.contains(key)) {
        problems.warning(
            root.key(key), "not part of the response HubSpot reads (" + String.join(", ", TOP_LEVEL)
                + "); it is ignored");
      }
    }
    return problems.list();
  }
}

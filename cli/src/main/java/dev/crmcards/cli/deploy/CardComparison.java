package dev.crmcards.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of a card HubSpot has differ from the local definition: {@code title}, {@code
 * fetch.targetUrl}, {@code fetch.objectTypes}, {@code display.properties}, {@code
 * actions.baseUrls}. Parts HubSpot adds (id, audit history, timestamps) are ignored, and an
 * absent {@code options} or {@code propertiesToSend} counts as empty.
 */
public final class CardComparison {
  private CardComparison() {}

  public static List<String> differences(CardDefinition local, RemoteCard remote) {
    JsonNode mine = local.json();
    JsonNode theirs = remote.json();
    List<String> differences = new ArrayList<>();
    compare("title", mine.path("title"), theirs.path("title"), differences);
    compare("fetch.targetUrl", mine.path("fetch").path("targetUrl"), theirs.path("fetch").path("targetUrl"), differences);
    compare(
        "fetch.objectTypes",
        withEmptyArrays(mine.path("fetch").path("objectTypes"), "propertiesToSend"),
        withEmptyArrays(theirs.path("fetch").path("objectTypes"), "propertiesToSend"),
        differences);
    compare(
        "display.properties",
        withEmptyArrays(mine.path("display").path("properties"), "options"),
        withEmptyArrays(theirs.path("display").path("properties"), "options"),
        differences);
    compare(
        "actions.baseUrls",
        orEmpty(mine.path("actions").path("baseUrls")),
        orEmpty(theirs.path("actions").path("baseUrls")),
        differences);
    return differences;
  }

  private static void compare(String part, JsonNode mine, JsonNode theirs, List<String> differences) {
    if (!mine.equals(theirs)) {
      differences.add(part);
    }
  }

  private static JsonNode orEmpty(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? Json.MAPPER.createArrayNode() : node;
  }

  /** A copy of the array whose objects have {@code key} set to [] where it is absent. */
  private static JsonNode withEmptyArrays(JsonNode array, String key) {
    if (!array.isArray()) {
      return orEmpty(array);
    }
    ArrayNode copy = Json.MAPPER.createArrayNode();
    for (JsonNode item : array) {
      if (item.isObject() && !item.has(key)) {
        ObjectNode filled = ((ObjectNode) item).deepCopy();
        filled.putArray(key);
        copy.add(filled);
      } else {
        copy.add(item);
      }
    }
    return copy;
  }
}

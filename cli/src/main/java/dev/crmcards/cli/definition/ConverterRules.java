package dev.crmcards.cli.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.problem.Describe;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problem;
import dev.crmcards.cli.problem.Problems;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules HubSpot's legacy-card converter applies to the {@code DEFINITION.json} it is given
 * (its schema), plus what the cards API needs to create the card: a non-empty title and fetch
 * URL, one to four known object types each with a {@code propertiesToSend} array, at least one
 * display property, {@code options} empty unless STATUS, and action base URLs that are http(s)
 * URLs on a domain name.
 */
public final class ConverterRules {
  /** The property types the card UI renders (the API's BOOLEAN is not one of them). */
  public static final List<String> DATA_TYPES =
      List.of("CURRENCY", "DATE", "DATETIME", "EMAIL", "LINK", "NUMERIC", "STATUS", "STRING");

  /** The colours of STATUS values. */
  public static final List<String> STATUS_TYPES =
      List.of("DEFAULT", "SUCCESS", "WARNING", "DANGER", "INFO");

  private ConverterRules() {}

  public static List<Problem> check(CardDefinition definition) {
    Problems problems = new Problems();
    JsonNode json = definition.json();
    JsonPath root = JsonPath.ROOT;

    nonEmptyString(json.path("title"), root.key("title"), problems);

    JsonNode fetch = json.path("fetch");
    JsonPath fetchPath = root.key("fetch");
    if (nonEmptyString(fetch.path("targetUrl"), fetchPath.key("targetUrl"), problems)
        && !UrlShapes.isHttpUrl(fetch.path("targetUrl").asText())) {
      problems.error(fetchPath.key("targetUrl"), "must be an absolute http(s) URL");
    }
    checkObjectTypes(fetch.path("objectTypes"), fetchPath.key("objectTypes"), problems);
    checkDisplay(json.path("display").path("properties"), root.key("display").key("properties"), problems);
    checkBaseUrls(json.path("actions").path("baseUrls"), root.key("actions").key("baseUrls"), problems);
    return problems.list();
  }

  private static void checkObjectTypes(JsonNode types, JsonPath path, Problems problems) {
    if (!types.isArray() || types.isEmpty()) {
      problems.error(path, "must list at least one object type, got " + Describe.of(types));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      JsonNode type = types.get(i);
      JsonPath at = path.index(i);
      String name = type.path("name").asText("");
      if (!ObjectTypeNames.definitionNames().contains(name)) {
        problems.error(
            at.key("name"),
            "must be one of " + ObjectTypeNames.definitionNames() + ", got "
                + Describe.of(type.path("name")));
      } else if (!seen.add(name)) {
        problems.error(at.key("name"), name + " is listed twice");
      }
      JsonNode properties = type.path("propertiesToSend");
      if (!properties.isArray()) {
        problems.error(
            at.key("propertiesToSend"),
            "must be an array (even when empty), got " + Describe.of(properties));
      } else {
        for (int j = 0; j < properties.size(); j++) {
          if (!properties.get(j).isTextual() || properties.get(j).asText().isBlank()) {
            problems.error(
                at.key("propertiesToSend").index(j),
                "must be a property name, got " + Describe.of(properties.get(j)));
          }
        }
      }
    }
  }

  private static void checkDisplay(JsonNode properties, JsonPath path, Problems problems) {
    if (!properties.isArray() || properties.isEmpty()) {
      problems.error(path, "must hold at least one display property, got " + Describe.of(properties));
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < properties.size(); i++) {
      JsonNode property = properties.get(i);
      JsonPath at = path.index(i);
      if (nonEmptyString(property.path("name"), at.key("name"), problems)
          && !names.add(property.path("name").asText())) {
        problems.error(at.key("name"), "\"" + property.path("name").asText() + "\" is defined twice");
      }
      nonEmptyString(property.path("label"), at.key("label"), problems);
      String dataType = property.path("dataType").asText("");
      if (!DATA_TYPES.contains(dataType)) {
        problems.error(
            at.key("dataType"),
            "must be one of " + DATA_TYPES + ", got " + Describe.of(property.path("dataType")));
      }
      JsonNode options = property.path("options");
      JsonPath optionsPath = at.key("options");
      if (!options.isArray()) {
        problems.error(optionsPath, "must be an array ([] unless dataType is STATUS), got " + Describe.of(options));
      } else if (!dataType.equals("STATUS") && !options.isEmpty()) {
        problems.error(optionsPath, "must be [] unless dataType is STATUS");
      } else if (dataType.equals("STATUS")) {
        checkOptions(options, optionsPath, problems);
      }
    }
  }

  private static void checkOptions(JsonNode options, JsonPath path, Problems problems) {
    if (options.isEmpty()) {
      problems.error(path, "a STATUS property must list its options");
      return;
    }
    Set<String> names = new HashSet<>();
    for (int j = 0; j < options.size(); j++) {
      JsonNode option = options.get(j);
      JsonPath at = path.index(j);
      if (nonEmptyString(option.path("name"), at.key("name"), problems)
          && !names.add(option.path("name").asText())) {
        problems.error(at.key("name"), "\"" + option.path("name").asText() + "\" is listed twice");
      }
      nonEmptyString(option.path("label"), at.key("label"), problems);
      if (!STATUS_TYPES.contains(option.path("type").asText(""))) {
        problems.error(
            at.key("type"),
            "must be one of " + STATUS_TYPES + ", got " + Describe.of(option.path("type")));
      }
    }
  }

  private static void checkBaseUrls(JsonNode baseUrls, JsonPath path, Problems problems) {
    if (!baseUrls.isArray()) {
      problems.error(path, "must be an array of URL prefixes, got " + Describe.of(baseUrls));
      return;
    }
    for (int i = 0; i < baseUrls.size(); i++) {
      JsonNode url = baseUrls.get(i);
      Optional<URI> uri = url.isTextual() ? UrlShapes.httpUrl(url.asText()) : Optional.empty();
      if (uri.isEmpty()) {
        problems.error(path.index(i), "must be an http(s) URL, got " + Describe.of(url));
      } else if (!UrlShapes.isDomainName(uri.get().getHost())) {
        problems.error(
            path.index(i),
            "must be on a domain name (the converter rejects localhost and IP addresses), got "
                + Describe.of(url));
      }
    }
  }

  private static boolean nonEmptyString(JsonNode node, JsonPath path, Problems problems) {
    if (!node.isTextual() || node.asText().isBlank()) {
      problems.error(path, "must be a non-empty string, got " + Describe.of(node));
      return false;
    }
    return true;
  }
}

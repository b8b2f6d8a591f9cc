package dev.crmcards.examples.bugtracker;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The rules a card definition must meet: HubSpot's create-card schema (HUBSPOT-SPEC §1.2) and the
 * legacy-card converter's validator (§10). Returns one line per broken rule.
 */
final class HubSpotDefinitionRules {
  private static final Set<String> OBJECT_TYPES = Set.of("contacts", "companies", "deals", "tickets");
  private static final Set<String> DATA_TYPES =
      Set.of("CURRENCY", "DATE", "DATETIME", "EMAIL", "LINK", "NUMERIC", "STATUS", "STRING");
  private static final Set<String> STATUS_TYPES = Set.of("DEFAULT", "SUCCESS", "WARNING", "DANGER", "INFO");

  private HubSpotDefinitionRules() {}

  static List<String> check(JsonNode definition) {
    List<String> problems = new ArrayList<>();
    keys(definition, "$", Set.of("title", "fetch", "display", "actions"), problems);
    if (!nonBlankString(definition.get("title"))) {
      problems.add("$.title must be a non-empty string");
    }
    JsonNode fetch = definition.path("fetch");
    keys(fetch, "$.fetch", Set.of("targetUrl", "objectTypes"), problems);
    if (!nonBlankString(fetch.get("targetUrl")) || !isHttpUrl(fetch.get("targetUrl").asText())) {
      problems.add("$.fetch.targetUrl must be an absolute http(s) URL");
    }
    JsonNode objectTypes = fetch.path("objectTypes");
    if (!objectTypes.isArray() || objectTypes.isEmpty()) {
      problems.add("$.fetch.objectTypes must be a non-empty array");
    }
    for (int i = 0; i < objectTypes.size(); i++) {
      JsonNode t = objectTypes.get(i);
      String at = "$.fetch.objectTypes[" + i + "]";
      keys(t, at, Set.of("name", "propertiesToSend"), problems);
      if (!OBJECT_TYPES.contains(t.path("name").asText())) {
        problems.add(at + ".name must be one of " + OBJECT_TYPES);
      }
      if (!t.path("propertiesToSend").isArray()) {
        problems.add(at + ".propertiesToSend must be an array (even when empty)");
      }
    }
    JsonNode properties = definition.path("display").path("properties");
    keys(definition.path("display"), "$.display", Set.of("properties"), problems);
    if (!properties.isArray() || properties.isEmpty()) {
      problems.add("$.display.properties must hold at least one property");
    }
    for (int i = 0; i < properties.size(); i++) {
      JsonNode p = properties.get(i);
      String at = "$.display.properties[" + i + "]";
      keys(p, at, Set.of("name", "label", "dataType", "options"), problems);
      if (!nonBlankString(p.get("name")) || !nonBlankString(p.get("label"))) {
        problems.add(at + " needs a non-empty name and label");
      }
      String dataType = p.path("dataType").asText();
      if (!DATA_TYPES.contains(dataType)) {
        problems.add(at + ".dataType must be one of " + DATA_TYPES);
      }
      JsonNode options = p.path("options");
      if (!options.isArray()) {
        problems.add(at + ".options must be an array");
      } else if (!dataType.equals("STATUS") && !options.isEmpty()) {
        problems.add(at + ".options must be [] unless dataType is STATUS");
      } else if (dataType.equals("STATUS") && options.isEmpty()) {
        problems.add(at + ".options must list the STATUS options");
      }
      for (int j = 0; j < options.size(); j++) {
        JsonNode o = options.get(j);
        keys(o, at + ".options[" + j + "]", Set.of("name", "label", "type"), problems);
        if (!STATUS_TYPES.contains(o.path("type").asText())) {
          problems.add(at + ".options[" + j + "].type must be one of " + STATUS_TYPES);
        }
      }
    }
    JsonNode baseUrls = definition.path("actions").path("baseUrls");
    keys(definition.path("actions"), "$.actions", Set.of("baseUrls"), problems);
    if (!baseUrls.isArray()) {
      problems.add("$.actions.baseUrls must be an array");
    }
    for (int i = 0; i < baseUrls.size(); i++) {
      String url = baseUrls.get(i).asText();
      if (!isHttpUrl(url) || !isDomainName(URI.create(url).getHost())) {
        problems.add("$.actions.baseUrls[" + i + "] must be an http(s) URL on a domain name, not " + url);
      }
    }
    return problems;
  }

  private static void keys(JsonNode node, String at, Set<String> required, List<String> problems) {
    if (!node.isObject()) {
      problems.add(at + " must be an object");
      return;
    }
    for (String key : required) {
      if (!node.has(key)) {
        problems.add(at + "." + key + " is missing");
      }
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!required.contains(key)) {
        problems.add(at + "." + key + " is not part of the schema");
      }
    }
  }

  private static boolean nonBlankString(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank();
  }

  private static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute()
          && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))
          && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isDomainName(String host) {
    if (host == null || host.equals("localhost") || host.startsWith("[") || !host.contains(".")) {
      return false;
    }
    return !host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || !isLiteralAddress(host);
  }

  private static boolean isLiteralAddress(String host) {
    try {
      return InetAddress.getByName(host).getHostAddress().equals(host);
    } catch (Exception e) {
      return false;
    }
  }
}

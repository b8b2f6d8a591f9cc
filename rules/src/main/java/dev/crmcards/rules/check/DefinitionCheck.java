package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.API;
import static dev.crmcards.rules.check.Clients.API_AND_RENDERERS;
import static dev.crmcards.rules.check.Clients.CONVERTERS;
import static dev.crmcards.rules.check.Clients.DEFINITION_READERS;
import static dev.crmcards.rules.check.Clients.EVERY_RENDERER;
import static dev.crmcards.rules.check.Clients.RENDERERS;

import dev.crmcards.rules.CardTypes;
import dev.crmcards.rules.CarriedNames;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.ObjectTypes;
import dev.crmcards.rules.OptionLabels;
import dev.crmcards.rules.ReservedKeys;
import dev.crmcards.rules.StatusTypes;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonSyntaxException;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a card definition against what its readers require: the cards API's create-card schema
 * and HubSpot's legacy-card converter's schema (HUBSPOT-SPEC §1.2, §10), and what the renderers
 * then do with it. Each problem names the clients it concerns.
 */
public final class DefinitionCheck {
  /** The converter calls the card server through {@code hubspot.fetch}, so its URL rules apply to it. */
  private static final Set<Client> THROUGH_FETCH = Set.of(Client.HUBSPOT_FETCH, Client.CONVERTER, Client.OLD_CONVERTER);

  private static final String THROUGH_FETCH_NOTE = "; HubSpot's legacy-card converter calls through hubspot.fetch";

  private DefinitionCheck() {}

  /** Every problem of the definition; a text that is not JSON is one problem at {@code $}. */
  public static List<Problem> problems(String definitionJson) {
    JsonValue json;
    try {
      json = JsonReader.parse(definitionJson);
    } catch (JsonSyntaxException e) {
      Problems problems = new Problems();
      problems.error(JsonPath.ROOT, DEFINITION_READERS, "the definition is not JSON: " + e.getMessage());
      return problems.list();
    }
    return problems(Definition.of(json));
  }

  public static List<Problem> problems(Definition definition) {
    Problems problems = new Problems();
    JsonValue json = definition.json();
    JsonPath root = JsonPath.ROOT;
    if (!json.isObject()) {
      problems.error(root, DEFINITION_READERS, "a card definition is a JSON object, got " + Describe.of(json));
      return problems.list();
    }
    unknownKeys(json, root, List.of("title", "fetch", "display", "actions"), problems);
    nonEmptyString(json.path("title"), root.key("title"), problems);

    JsonValue fetch = json.path("fetch");
    JsonPath fetchPath = root.key("fetch");
    unknownKeys(fetch, fetchPath, List.of("targetUrl", "objectTypes", CardTypes.KEY, "serverlessFunction"), problems);
    if (nonEmptyString(fetch.path("targetUrl"), fetchPath.key("targetUrl"), problems)) {
      String targetUrl = fetch.path("targetUrl").text();
      if (!Urls.isHttpUrl(targetUrl)) {
        problems.error(fetchPath.key("targetUrl"), API_AND_RENDERERS, "must be an absolute http(s) URL");
      } else {
        Urls.fetchUrlProblem(targetUrl)
            .ifPresent(why -> problems.error(fetchPath.key("targetUrl"), THROUGH_FETCH, why + THROUGH_FETCH_NOTE));
      }
    }
    objectTypes(fetch.path("objectTypes"), fetchPath.key("objectTypes"), problems);
    unknownKeys(json.path("display"), root.key("display"), List.of("properties"), problems);
    display(json.path("display").path("properties"), root.key("display").key("properties"), problems);
    actions(json.path("actions"), root.key("actions"), problems);
    return problems.list();
  }

  private static void objectTypes(JsonValue types, JsonPath path, Problems problems) {
    if (!types.isArray() || types.isEmpty()) {
      problems.error(path, DEFINITION_READERS, "must list at least one object type, got " + Describe.of(types));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      JsonValue type = types.get(i);
      JsonPath at = path.index(i);
      unknownKeys(type, at, List.of("name", "propertiesToSend"), problems);
      String name = type.path("name").text();
      if (!ObjectTypes.API_NAMES.contains(name)) {
        problems.error(
            at.key("name"), DEFINITION_READERS,
            "must be one of " + ObjectTypes.DEFINITION_NAMES + ", got " + Describe.of(type.path("name")));
      } else if (!ObjectTypes.DEFINITION_NAMES.contains(name)) {
        problems.error(
            at.key("name"), CONVERTERS,
            "HubSpot's legacy-card converter accepts only " + ObjectTypes.DEFINITION_NAMES + ", not " + name);
        problems.note(at.key("name"), API, "the cards API accepts " + name + ", but no card is known to render it");
      } else if (!seen.add(name)) {
        problems.error(at.key("name"), DEFINITION_READERS, name + " is listed twice");
      }
      JsonValue properties = type.path("propertiesToSend");
      if (!properties.isArray()) {
        problems.error(
            at.key("propertiesToSend"), DEFINITION_READERS,
            "must be an array (even when empty), got " + Describe.of(properties));
        continue;
      }
      for (int j = 0; j < properties.size(); j++) {
        if (!properties.get(j).isNonBlankString()) {
          problems.error(
              at.key("propertiesToSend").index(j), DEFINITION_READERS,
              "must be a property name, got " + Describe.of(properties.get(j)));
        }
      }
    }
  }

  private static void display(JsonValue properties, JsonPath path, Problems problems) {
    if (!properties.isArray() || properties.isEmpty()) {
      problems.error(
          path, DEFINITION_READERS, "must hold at least one display property, got " + Describe.of(properties));
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < properties.size(); i++) {
      JsonValue property = properties.get(i);
      JsonPath at = path.index(i);
      unknownKeys(property, at, List.of("name", "label", "dataType", "options"), problems);
      if (nonEmptyString(property.path("name"), at.key("name"), problems)) {
        String name = property.path("name").text();
        if (!names.add(name)) {
          problems.error(at.key("name"), DEFINITION_READERS, "\"" + name + "\" is defined twice");
        } else if (ReservedKeys.OBJECT.contains(name)) {
          problems.error(
              at.key("name"), RENDERERS,
              "\"" + name + "\" is a key HubSpot reads itself (" + String.join(", ", ReservedKeys.OBJECT_IN_ORDER)
                  + "), so objects cannot send a value for it");
        } else if (CarriedNames.REFUSED.contains(name)) {
          problems.error(
              at.key("name"), EVERY_RENDERER,
              CarriedNames.why(name) + "; rename the property, e.g. \"" + CarriedNames.suggestion(name) + "\"");
        }
      }
      nonEmptyString(property.path("label"), at.key("label"), problems);
      String dataType = property.path("dataType").text();
      JsonValue dataTypeValue = property.path("dataType");
      if (dataType.equals(DataTypes.UNRENDERED)) {
        problems.error(
            at.key("dataType"), RENDERERS,
            "BOOLEAN is in the cards API's enum, but cards do not render it; use STRING or STATUS");
      } else if (!dataTypeValue.isString() || !DataTypes.RENDERED.contains(dataType)) {
        problems.error(
            at.key("dataType"), DEFINITION_READERS,
            "must be one of " + DataTypes.RENDERED + ", got " + Describe.of(dataTypeValue));
      }
      JsonValue options = property.path("options");
      JsonPath optionsPath = at.key("options");
      if (!options.isArray()) {
        problems.error(
            optionsPath, DEFINITION_READERS, "must be an array ([] unless dataType is STATUS), got " + Describe.of(options));
      } else if (!dataType.equals(DataTypes.STATUS) && !options.isEmpty()) {
        problems.error(optionsPath, CONVERTERS, "HubSpot's legacy-card converter requires [] unless dataType is STATUS");
      } else if (dataType.equals(DataTypes.STATUS)) {
        options(options, optionsPath, problems);
      }
    }
  }

  private static void options(JsonValue options, JsonPath path, Problems problems) {
    if (options.isEmpty()) {
      problems.warning(
          path, RENDERERS,
          "a STATUS property without options is accepted, but every value of it renders as \"Invalid property\""
              + " in HubSpot's legacy-card converter; list its options");
      return;
    }
    Set<String> names = new HashSet<>();
    for (int j = 0; j < options.size(); j++) {
      JsonValue option = options.get(j);
      JsonPath at = path.index(j);
      unknownKeys(option, at, List.of("name", "label", "type"), problems);
      if (nonEmptyString(option.path("name"), at.key("name"), problems) && !names.add(option.path("name").text())) {
        problems.error(at.key("name"), DEFINITION_READERS, "\"" + option.path("name").text() + "\" is listed twice");
      }
      JsonValue label = option.path("label");
      if (!label.isString() || !OptionLabels.showsText(label.text())) {
        boolean cardToo = label.isString() && !OptionLabels.nameShownInstead(label.text());
        problems.warning(
            at.key("label"), cardToo ? EVERY_RENDERER : RENDERERS,
            "is " + Describe.of(label) + ": the tag shows no text; give the option a label with text");
      }
      if (!StatusTypes.NAMES.contains(option.path("type").text()) || !option.path("type").isString()) {
        problems.error(
            at.key("type"), DEFINITION_READERS,
            "must be one of " + StatusTypes.NAMES + ", got " + Describe.of(option.path("type")));
      }
    }
  }

  private static void actions(JsonValue actions, JsonPath path, Problems problems) {
    if (actions.isMissing()) {
      problems.error(path, API, "the cards API requires actions (with baseUrls, which may be empty)");
      problems.note(path, CONVERTERS, "optional for HubSpot's legacy-card converter; without it no action works");
      return;
    }
    unknownKeys(actions, path, List.of("baseUrls"), problems);
    JsonValue baseUrls = actions.path("baseUrls");
    JsonPath basePath = path.key("baseUrls");
    if (!baseUrls.isArray()) {
      problems.error(basePath, DEFINITION_READERS, "must be an array of URLs, got " + Describe.of(baseUrls));
      return;
    }
    for (int i = 0; i < baseUrls.size(); i++) {
      JsonValue url = baseUrls.get(i);
      Optional<URI> uri = url.isString() ? Urls.httpUrl(url.text()) : Optional.empty();
      if (uri.isEmpty()) {
        problems.error(basePath.index(i), DEFINITION_READERS, "must be an http(s) URL, got " + Describe.of(url));
      } else if (!Urls.isDomainName(uri.get().getHost())) {
        problems.error(
            basePath.index(i), CONVERTERS,
            "must be on a domain name (HubSpot's legacy-card converter rejects localhost and IP addresses), got "
                + Describe.of(url));
      } else {
        JsonPath at = basePath.index(i);
        Urls.fetchUrlProblem(url.text()).ifPresent(why -> problems.error(at, THROUGH_FETCH, why + THROUGH_FETCH_NOTE));
      }
    }
  }

  /** Keys the cards API's schema does not define: nobody reads them, and the API may refuse them. */
  private static void unknownKeys(JsonValue object, JsonPath path, List<String> known, Problems problems) {
    if (!object.isObject()) {
      if (!object.isMissing()) {
        problems.error(path, DEFINITION_READERS, "must be an object, got " + Describe.of(object));
      }
      return;
    }
    for (String key : object.members().keySet()) {
      if (!known.contains(key)) {
        problems.warning(
            path.key(key), API, "not part of the cards API's schema (" + String.join(", ", known) + "); nobody reads it");
      }
    }
  }

  private static boolean nonEmptyString(JsonValue value, JsonPath path, Problems problems) {
    if (!value.isNonBlankString()) {
      problems.error(path, DEFINITION_READERS, "must be a non-empty string, got " + Describe.of(value));
      return false;
    }
    return true;
  }
}

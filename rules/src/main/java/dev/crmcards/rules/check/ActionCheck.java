package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.APP_CARD_ONLY;
import static dev.crmcards.rules.check.Clients.CONVERTERS;
import static dev.crmcards.rules.check.Clients.EVERY_RENDERER;
import static dev.crmcards.rules.check.Clients.LEGACY;
import static dev.crmcards.rules.check.Clients.RENDERERS;

import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problems;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks action objects: IFRAME ({@code width}, {@code height}, {@code uri}, {@code label}),
 * ACTION_HOOK ({@code httpMethod}, {@code uri}, {@code label}), CONFIRMATION_ACTION_HOOK (the
 * same plus its three texts) and crmcards' FORM (the same plus its {@code id}, which only crmcards'
 * card UI can open); and that a hook's URI is under one of the card's base URLs by
 * protocol and host, as HubSpot decides it. crmcards' card UI falls back where HubSpot's converter
 * does (an iframe's size, a hook's method, a confirmation's texts) and refuses what it refuses.
 */
final class ActionCheck {
  private final List<String> baseUrls;

  ActionCheck(List<String> baseUrls) {
    this.baseUrls = List.copyOf(baseUrls);
  }

  /** An array of actions, such as an object's {@code actions} or {@code secondaryActions}. */
  void checkAll(JsonValue actions, JsonPath path, Problems problems) {
    if (actions.isAbsent()) {
      return;
    }
    if (!actions.isArray()) {
      problems.error(path, EVERY_RENDERER, "must be an array of actions, got " + Describe.of(actions));
      return;
    }
    for (int i = 0; i < actions.size(); i++) {
      check(actions.get(i), path.index(i), problems);
    }
  }

  /** One action of any type. */
  void check(JsonValue action, JsonPath path, Problems problems) {
    if (!action.isObject()) {
      problems.error(path, EVERY_RENDERER, "an action must be an object, got " + Describe.of(action));
      return;
    }
    JsonValue typeValue = action.path("type");
    String type = typeValue.text();
    if (!typeValue.isString() || !ActionShapes.TYPES.contains(type)) {
      problems.error(
          path.key("type"), EVERY_RENDERER, "must be one of " + ActionShapes.TYPES + ", got " + Describe.of(typeValue));
      return;
    }
    text(action, "label", path, EVERY_RENDERER, problems);
    if (type.equals(ActionShapes.FORM)) {
      problems.error(
          path.key("type"), RENDERERS,
          "FORM is crmcards' own action: legacy cards and HubSpot's legacy-card converter cannot open"
              + " it; only crmcards' app card shows its form");
      text(action, "id", path, APP_CARD_ONLY, problems);
      JsonValue method = action.path("httpMethod");
      if (!method.isString() || !ActionShapes.FORM_METHODS.contains(method.text())) {
        problems.error(
            path.key("httpMethod"), APP_CARD_ONLY,
            "a FORM sends its inputs as a body: must be one of " + ActionShapes.FORM_METHODS + ", got "
                + Describe.of(method));
      }
    }
    uri(type, action.path("uri"), path.key("uri"), problems);
    if (type.equals(ActionShapes.IFRAME)) {
      pixels(action, "width", path, problems);
      pixels(action, "height", path, problems);
    } else {
      JsonValue method = action.path("httpMethod");
      if (!method.isString() || !ActionShapes.METHODS.contains(method.text())) {
        problems.error(
            path.key("httpMethod"), method.isAbsent() ? RENDERERS : EVERY_RENDERER,
            "must be one of " + ActionShapes.METHODS + ", got " + Describe.of(method));
      }
      if (type.equals(ActionShapes.CONFIRMATION_ACTION_HOOK)) {
        text(action, "confirmationMessage", path, RENDERERS, problems);
        text(action, "confirmButtonText", path, RENDERERS, problems);
        text(action, "cancelButtonText", path, RENDERERS, problems);
      }
    }
    JsonValue properties = action.path("associatedObjectProperties");
    if (!properties.isAbsent()) {
      if (!properties.isArray()) {
        problems.error(
            path.key("associatedObjectProperties"), EVERY_RENDERER,
            "must be an array of property names, got " + Describe.of(properties));
      } else {
        for (int i = 0; i < properties.size(); i++) {
          if (!properties.get(i).isString()) {
            problems.error(
                path.key("associatedObjectProperties").index(i), EVERY_RENDERER,
                "must be a property name, got " + Describe.of(properties.get(i)));
          }
        }
      }
    }
  }

  /** The card's settings action: an IFRAME for legacy cards; the converter takes any type. */
  void checkSettings(JsonValue action, JsonPath path, Problems problems) {
    String type = action.path("type").text();
    if (action.isObject() && ActionShapes.TYPES.contains(type) && !type.equals(ActionShapes.SETTINGS_TYPE)) {
      problems.error(path.key("type"), LEGACY, "legacy cards take only an IFRAME settingsAction, got " + type);
      problems.note(path.key("type"), CONVERTERS, "HubSpot's legacy-card converter shows it as the gear button anyway");
    }
    check(action, path, problems);
  }

  private void uri(String type, JsonValue uri, JsonPath path, Problems problems) {
    if (!uri.isString() || !Urls.isHttpUrl(uri.text())) {
      problems.error(path, EVERY_RENDERER, "must be an absolute http(s) URL, got " + Describe.of(uri));
      return;
    }
    // Legacy cards' documented rule covers an iframe too, though they were never seen to refuse one.
    boolean documentedOnly = type.equals(ActionShapes.IFRAME);
    String rawPath = Urls.httpUrl(uri.text()).map(URI::getRawPath).orElse("");
    if (!documentedOnly && rawPath.contains("//")) {
      // What a {placeholder} filled with an empty value makes: a crmcards route matches no empty segment.
      problems.warning(
          path, EVERY_RENDERER,
          Describe.of(uri) + " has an empty path segment, as a placeholder filled with an empty value makes;"
              + " no route of a crmcards server matches it (404)");
    }
    Set<Client> refusing = refusingOutsideBaseUrls(type);
    if (baseUrls.isEmpty()) {
      Set<Client> clients = EnumSet.noneOf(Client.class);
      clients.addAll(refusing);
      if (documentedOnly) {
        clients.addAll(LEGACY);
      }
      problems.error(path, clients, "the card defines no actions.baseUrls, so HubSpot accepts no action URI");
      return;
    }
    if (Urls.isUnderAnyBase(uri.text(), baseUrls)) {
      return;
    }
    String outside = Describe.of(uri) + " is not under the card's base URLs: " + Urls.notUnderBaseReason(uri.text(), baseUrls);
    if (!refusing.isEmpty()) {
      problems.error(
          path, refusing,
          outside + "; " + refusal(refusing) + ": put the URI under one of them, or add its origin to"
              + " actions.baseUrls");
    }
    if (documentedOnly) {
      problems.warning(
          path, LEGACY, outside + "; the documented rule covers every action URL (the converter does not check iframes)");
    }
  }

  /** The renderers that open or send an action of this type only under the card's base URLs. */
  private static Set<Client> refusingOutsideBaseUrls(String type) {
    Set<Client> refusing = EnumSet.noneOf(Client.class);
    for (Client client : EVERY_RENDERER) {
      if (ActionShapes.baseUrlCheckedTypes(client).contains(type)) {
        refusing.add(client);
      }
    }
    return refusing;
  }

  private static String refusal(Set<Client> refusing) {
    if (refusing.containsAll(EVERY_RENDERER)) {
      return "legacy cards do not display the card and the converter and crmcards' card UI refuse the action";
    }
    return refusing.stream().map(Client::description).collect(Collectors.joining(" and "))
        + (refusing.size() == 1 ? " refuses" : " refuse") + " the action";
  }

  /** A size in pixels: required by HubSpot's renderers; the card UI uses a default when there is none. */
  private static void pixels(JsonValue action, String key, JsonPath path, Problems problems) {
    JsonValue value = action.path(key);
    if (!value.isIntegralNumber() || value.text().startsWith("-") || value.text().equals("0")) {
      problems.error(
          path.key(key), value.isAbsent() ? RENDERERS : EVERY_RENDERER,
          "must be a positive whole number of pixels, got " + Describe.of(value));
    }
  }

  private static void text(JsonValue action, String key, JsonPath path, Set<Client> clients, Problems problems) {
    JsonValue value = action.path(key);
    if (!value.isNonBlankString()) {
      problems.error(path.key(key), clients, "must be a non-empty string, got " + Describe.of(value));
    }
  }
}

package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.CONVERTERS;
import static dev.crmcards.rules.check.Clients.EVERY_RENDERER;
import static dev.crmcards.rules.check.Clients.APP_CARD_ONLY;
import static dev.crmcards.rules.check.Clients.LEGACY;
import static dev.crmcards.rules.check.Clients.LEGACY_AND_APP_CARD;
import static dev.crmcards.rules.check.Clients.RENDERERS;

import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.ReservedKeys;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonSyntaxException;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import dev.crmcards.rules.Quote;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a card server's answer to a data fetch against the card's definition, the way legacy
 * cards, HubSpot's legacy-card converter and crmcards' card UI read it ({@code results}, {@code
 * settingsAction}, {@code primaryAction}, {@code secondaryActions}). This is what {@code
 * crmcards-cli check} reports, apart from timing. Each problem names the clients it concerns: a
 * rule the card UI applies names {@link Client#APP_CARD} too.
 */
public final class ResponseCheck {
  private ResponseCheck() {}

  /**
   * The problems of a 200 JSON answer.
   *
   * @param definitionJson the card definition ({@code META-INF/crmcards/<name>.json})
   * @param responseJson the response body
   * @throws IllegalArgumentException if {@code definitionJson} is not JSON
   */
  public static List<Problem> problems(String definitionJson, String responseJson) {
    return problems(Definition.parse(definitionJson), 200, "application/json", responseJson);
  }

  /**
   * The problems of an HTTP answer: status 200, a JSON content type and a JSON body, then the
   * body as {@link #problems(Definition, JsonValue)} checks it.
   *
   * @param contentType the Content-Type header, or {@code null} when absent
   */
  public static List<Problem> problems(Definition card, int status, String contentType, String body) {
    return checked(card, status, contentType, body).problems();
  }

  /**
   * An HTTP answer's problems ({@link #problems(Definition, int, String, String)}) and its body as
   * read for them, so that a caller judging it further does not read it again.
   *
   * @param answer the body as read: {@link JsonValue#MISSING} unless the status is 200 and the
   *     body is JSON
   */
  public record Checked(List<Problem> problems, JsonValue answer) {}

  /** The problems of an HTTP answer, with its body as read ({@link Checked}). */
  public static Checked checked(Definition card, int status, String contentType, String body) {
    Problems problems = new Problems();
    JsonPath root = JsonPath.ROOT;
    if (status != 200) {
      // The card UI takes any 2xx; legacy cards and the converter only 200.
      problems.error(
          root, status >= 200 && status <= 299 ? RENDERERS : EVERY_RENDERER,
          "HTTP " + status + ", but HubSpot shows the card only for 200" + serverSaid(body));
      return new Checked(problems.list(), JsonValue.MISSING);
    }
    if (body != null && body.length() > Limits.FETCH_BODY_BYTES / 4
        && body.getBytes(StandardCharsets.UTF_8).length > Limits.FETCH_BODY_BYTES) {
      problems.error(
          root, Set.of(Client.HUBSPOT_FETCH, Client.CONVERTER, Client.OLD_CONVERTER, Client.APP_CARD),
          "the body is larger than hubspot.fetch's 1 MB limit, through which app cards call");
    }
    if (contentType == null || !isJsonType(contentType)) {
      problems.warning(
          root, RENDERERS,
          "Content-Type is " + (contentType == null || contentType.isEmpty() ? "missing" : "\"" + contentType + "\"")
              + "; send application/json");
    }
    JsonValue json;
    try {
      json = JsonReader.parse(body);
    } catch (JsonSyntaxException e) {
      problems.error(root, EVERY_RENDERER, "the body is not JSON: " + e.getMessage());
      return new Checked(problems.list(), JsonValue.MISSING);
    }
    problems.addAll(problems(card, json));
    return new Checked(problems.list(), json);
  }

  /** The problems of a parsed response body. */
  public static List<Problem> problems(Definition card, JsonValue response) {
    Problems problems = new Problems();
    JsonPath root = JsonPath.ROOT;
    if (!response.isObject()) {
      problems.error(root, EVERY_RENDERER, "the response must be a JSON object, got " + Describe.of(response));
      return problems.list();
    }
    ActionCheck actions = new ActionCheck(card.baseUrls());
    results(card, response, actions, problems);
    JsonValue settings = response.path("settingsAction");
    if (!settings.isAbsent()) {
      actions.checkSettings(settings, root.key("settingsAction"), problems);
    }
    JsonValue primary = response.path("primaryAction");
    if (!primary.isAbsent()) {
      actions.check(primary, root.key("primaryAction"), problems);
    }
    actions.checkAll(response.path("secondaryActions"), root.key("secondaryActions"), problems);
    boolean table = card.view().map(CardView::isTable).orElse(false);
    if (table) {
      TableAnswerCheck.check(card.view().get(), response, problems);
    }
    boolean summarized = card.view().map(CardView::hasSummary).orElse(false);
    for (String key : response.members().keySet()) {
      if (CardViews.RESPONSE_KEYS.contains(key)) {
        // crmcards' own wire: its card UI reads them (checked above for a TABLE; a summary on any
        // card whose view has one); HubSpot's renderers ignore them.
        boolean read = key.equals(CardViews.SUMMARY) ? summarized : table;
        String reader = key.equals(CardViews.SUMMARY) ? " for a card whose view has a summary" : " for a TABLE card";
        problems.note(
            root.key(key), RENDERERS,
            "crmcards' card UI reads it" + (read ? "" : reader) + "; legacy cards and the converter ignore it");
      } else if (!ReservedKeys.RESPONSE.contains(key)) {
        problems.warning(
            root.key(key), EVERY_RENDERER,
            "not part of the response HubSpot reads (" + String.join(", ", ReservedKeys.RESPONSE) + "); it is ignored");
      }
    }
    return problems.list();
  }

  private static void results(Definition card, JsonValue response, ActionCheck actions, Problems problems) {
    JsonPath path = JsonPath.ROOT.key("results");
    JsonValue results = response.path("results");
    if (results.isMissing()) {
      problems.error(
          path, EVERY_RENDERER,
          response.has("sections")
              ? "is missing: this is the v3 shape (sections, tokens); legacy cards and the converter read results[]"
              : "is missing; the response must have a results array (empty when there is nothing to show)");
      return;
    }
    if (!results.isArray()) {
      problems.error(
          path, EVERY_RENDERER,
          "must be an array, got " + Describe.of(results)
              + "; HubSpot's legacy-card converter crashes on anything else");
      return;
    }
    int pageSize = card.view().filter(CardView::isTable).map(CardView::pageSize).orElse(0);
    if (pageSize > 0 && results.size() > CardViews.MAX_PAGE_SIZE) {
      problems.warning(
          path, APP_CARD_ONLY,
          results.size() + " objects, more than a TABLE page has (at most " + CardViews.MAX_PAGE_SIZE
              + "); answer one page: page and pageSize say which");
    }
    if (pageSize > 0 && results.size() > Limits.OBJECTS_SHOWN) {
      // A TABLE page is for crmcards' card UI; legacy cards would show its first rows only.
      problems.note(
          path, LEGACY,
          results.size() + " objects: a TABLE page, which legacy cards would cut to its first " + Limits.OBJECTS_SHOWN);
    } else if (results.size() > Limits.OBJECTS_SHOWN) {
      problems.warning(
          path, LEGACY_AND_APP_CARD,
          results.size() + " objects, but legacy cards and crmcards' card UI show only the first "
              + Limits.OBJECTS_SHOWN + "; link to the rest instead");
      problems.note(path, CONVERTERS, "HubSpot's legacy-card converter shows all " + results.size() + " objects");
    }
    ObjectCheck objects = new ObjectCheck(card, actions);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      JsonValue object = results.get(i);
      objects.check(object, path.index(i), problems);
      JsonValue id = object.path("objectId");
      if (id.isIntegralNumber() && !ids.add(id.text())) {
        problems.error(
            path.index(i).key("objectId"), EVERY_RENDERER,
            "objectId " + id.text() + " is used by an earlier object; each must be unique");
      }
    }
  }

  /** " (the server said "...")" for a JSON body with a string {@code message}, else "". */
  private static String serverSaid(String body) {
    try {
      JsonValue message = JsonReader.parse(body == null ? "" : body).path("message");
      return message.isString() ? " (the server said " + Quote.of(message.text()) + ")" : "";
    } catch (JsonSyntaxException e) {
      return "";
    }
  }

  /** {@code application/json} or a {@code +json} type, parameters ignored. */
  public static boolean isJsonType(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return type.equals("application/json") || type.endsWith("+json");
  }

  /** Only the problems for {@code clients}. */
  public static List<Problem> concerning(List<Problem> problems, Set<Client> clients) {
    return problems.stream().filter(p -> p.concerns(clients)).toList();
  }
}

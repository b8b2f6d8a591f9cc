package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.EVERY_RENDERER;

import dev.crmcards.rules.Client;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonSyntaxException;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Checks a card server's answer to an action hook. The renderers only tell the user success or
 * failure: HubSpot's legacy-card converter treats any 2xx as success ("<label> succeeded.") and
 * anything else as an error alert; crmcards' card UI does the same, with the server's {@code
 * message} when there is one. A JSON body's {@code message} must be a string.
 */
public final class ActionAnswerCheck {
  private ActionAnswerCheck() {}

  /** @param contentType the Content-Type header, or {@code null} when absent */
  public static List<Problem> problems(int status, String contentType, String body) {
    Problems problems = new Problems();
    JsonPath root = JsonPath.ROOT;
    if (status < 200 || status > 299) {
      problems.warning(
          root, EVERY_RENDERER,
          "HTTP " + status + ": the user sees the action fail (HubSpot's legacy-card converter shows an error alert)");
    }
    if (body != null && body.getBytes(StandardCharsets.UTF_8).length > Limits.FETCH_BODY_BYTES) {
      problems.error(
          root, Set.of(Client.HUBSPOT_FETCH, Client.CONVERTER, Client.OLD_CONVERTER, Client.APP_CARD), "the body is larger than hubspot.fetch's 1 MB limit");
    }
    if (body == null || body.isBlank() || contentType == null || !ResponseCheck.isJsonType(contentType)) {
      return problems.list();
    }
    JsonValue json;
    try {
      json = JsonReader.parse(body);
    } catch (JsonSyntaxException e) {
      problems.error(root, EVERY_RENDERER, "the body says it is JSON but is not: " + e.getMessage());
      return problems.list();
    }
    JsonValue message = json.path("message");
    if (!message.isAbsent() && !message.isString()) {
      problems.error(root.key("message"), EVERY_RENDERER, "must be a string, got " + Describe.of(message));
    }
    return problems.list();
  }
}

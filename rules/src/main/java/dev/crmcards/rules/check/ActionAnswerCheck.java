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
 * message} when there is one. A JSON body's {@code message} must be a string. A form's answer is
 * {@link FormAnswerCheck}'s.
 */
public final class ActionAnswerCheck {
  private ActionAnswerCheck() {}

  /** What reads an answer through {@code hubspot.fetch}, and so meets its size limit. */
  private static final Set<Client> THROUGH_FETCH =
      Set.of(Client.HUBSPOT_FETCH, Client.CONVERTER, Client.OLD_CONVERTER, Client.APP_CARD);

  /** @param contentType the Content-Type header, or {@code null} when absent */
  public static List<Problem> problems(int status, String contentType, String body) {
    Problems problems = new Problems();
    if (status < 200 || status > 299) {
      problems.warning(
          JsonPath.ROOT, EVERY_RENDERER,
          "HTTP " + status + ": the user sees the action fail (HubSpot's legacy-card converter shows an error alert)");
    }
    body(contentType, body, EVERY_RENDERER, THROUGH_FETCH, problems);
    return problems.list();
  }

  /**
   * Checks what every action answer's body must be, for {@code readers}: within {@code
   * hubspot.fetch}'s limit (for {@code throughFetch}), JSON when it says so, with a string {@code
   * message}.
   *
   * @return the body as JSON; {@link JsonValue#MISSING} when it is none
   */
  static JsonValue body(
      String contentType, String body, Set<Client> readers, Set<Client> throughFetch, Problems problems) {
    JsonPath root = JsonPath.ROOT;
    if (body != null && body.getBytes(StandardCharsets.UTF_8).length > Limits.FETCH_BODY_BYTES) {
      problems.error(root, throughFetch, "the body is larger than hubspot.fetch's 1 MB limit");
    }
    if (body == null || body.isBlank() || contentType == null || !ResponseCheck.isJsonType(contentType)) {
      return JsonValue.MISSING;
    }
    JsonValue json;
    try {
      json = JsonReader.parse(body);
    } catch (JsonSyntaxException e) {
      problems.error(root, readers, "the body says it is JSON but is not: " + e.getMessage());
      return JsonValue.MISSING;
    }
    JsonValue message = json.path("message");
    if (!message.isAbsent() && !message.isString()) {
      problems.error(root.key("message"), readers, "must be a string, got " + Describe.of(message));
    }
    return json;
  }
}

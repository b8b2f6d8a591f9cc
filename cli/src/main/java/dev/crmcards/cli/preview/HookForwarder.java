package dev.crmcards.cli.preview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.IoFailures;
import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.request.HubSpotRequests;
import dev.crmcards.cli.request.SampleRecord;
import dev.crmcards.cli.request.ServerMessage;
import dev.crmcards.cli.request.SignedRequest;
import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.ProxyEnvelope;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.check.ActionAnswerCheck;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Severity;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sends an action hook the way HubSpot does when a user clicks it: signed (v2 and v3) for the
 * action's URI, with the default parameters and the action's {@code associatedObjectProperties}
 * (in the query for GET and DELETE, as a form body otherwise), to the same path on the previewed
 * server; playing {@code hs project dev}'s local proxy, signed for the URL it goes to.
 */
final class HookForwarder {
  private static final Set<String> HOOK_TYPES = Set.of(ActionShapes.ACTION_HOOK, ActionShapes.CONFIRMATION_ACTION_HOOK);

  private final HttpClient client;
  private final PreviewSettings settings;
  private final Clock clock;

  HookForwarder(HttpClient client, PreviewSettings settings, Clock clock) {
    this.client = client;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @param action the action object as the card server sent it
   * @throws IllegalArgumentException if it is not a hook HubSpot would send (the message says why)
   * @throws UsageException if the card server cannot be reached
   */
  HookResult forward(CardDefinition card, JsonNode action, SampleRecord record) {
    String type = action.path("type").asText("");
    if (!HOOK_TYPES.contains(type)) {
      throw new IllegalArgumentException("only ACTION_HOOK and CONFIRMATION_ACTION_HOOK actions are sent, not " + type);
    }
    // As the card sends it: a hook that names no method goes as the rules' default.
    JsonNode named = action.path("httpMethod");
    boolean unnamed = named.isMissingNode() || named.isNull();
    String method = unnamed ? ActionShapes.DEFAULT_HOOK_METHOD : named.asText("");
    if (!unnamed && !(named.isTextual() && ActionShapes.METHODS.contains(method))) {
      throw new IllegalArgumentException("httpMethod must be one of " + ActionShapes.METHODS + ", got " + named);
    }
    String uri = action.path("uri").asText("");
    if (!Urls.isHttpUrl(uri)) {
      throw new IllegalArgumentException("uri must be an absolute http(s) URL, got " + uri);
    }
    if (!Urls.isUnderAnyBase(uri, card.baseUrls())) {
      throw new IllegalArgumentException(
          uri + " is not under the card's actions.baseUrls: " + Urls.notUnderBaseReason(uri, card.baseUrls()));
    }
    List<String> properties = new ArrayList<>();
    action.path("associatedObjectProperties").forEach(p -> properties.add(p.asText()));

    String target = settings.server().actionUrl(uri);
    SignedRequest request =
        HubSpotRequests.actionHook(
            method, uri, target, record.actionParameters(properties), settings.secret(), settings.signatures(),
            settings.signer(), clock.millis());
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.toHttpRequest(Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UsageException("cannot send " + method + " " + target + ": " + IoFailures.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted", e);
    }
    List<Problem> problems =
        new ArrayList<>(
            ActionAnswerCheck.problems(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                new String(response.body(), StandardCharsets.UTF_8)));
    if (ProxyEnvelope.wraps(response.statusCode())) {
      problems.add(
          new Problem(
              "$", ProxyEnvelope.warning(response.statusCode()), Severity.WARNING,
              Set.of(Client.HUBSPOT_FETCH, Client.APP_CARD)));
    }
    return new HookResult(
        response.statusCode(),
        ServerMessage.summary(response.body()),
        method,
        request.url(),
        target.equals(uri) ? null : uri,
        problems);
  }
}

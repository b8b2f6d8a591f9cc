package dev.crmcards.cli.preview;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.cli.support.Recorded;
import dev.crmcards.cli.support.StandInCardServer;
import dev.crmcards.rules.vocabulary.Vocabulary;
import dev.crmcards.rules.vocabulary.VocabularyJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreviewServerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private StandInCardServer cards;
  private PreviewServer preview;

  @BeforeEach
  void start() throws Exception {
    cards = StandInCardServer.start(Fixtures.SECRET);
    preview = PreviewServer.start(new PreviewSettings(
        List.of(Fixtures.exampleCard()), cards.fetchUrl(), Fixtures.SECRET, 0, null, Map.of("protected_account", "true")));
  }

  @AfterEach
  void stop() {
    preview.close();
    cards.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(preview.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postAction(JsonNode action, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(preview.uri().resolve("/api/action?card=bug-tracker&objectType=contacts"))
        .POST(HttpRequest.BodyPublishers.ofString(Json.compact(action)));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return Json.MAPPER.readTree(response.body());
  }

  private static JsonNode seedAction(int result, int action) throws Exception {
    return Json.MAPPER.readTree(Fixtures.seedResponse()).path("results").get(result).path("actions").get(action);
  }

  @Test
  void servesThePageWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'", "connect-src 'self'", "script-src 'self'");
    assertThat(page.body()).contains("<script src=\"/preview.js\"");
    assertThat(get("/preview.js").statusCode()).isEqualTo(200);
    assertThat(get("/preview.css").statusCode()).isEqualTo(200);
    assertThat(get("/secret.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void servesTheVocabularyOfTheRulesJarThePageDrawsBy() throws Exception {
    HttpResponse<String> vocabulary = get("/vocabulary.json");
    assertThat(vocabulary.statusCode()).isEqualTo(200);
    assertThat(vocabulary.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    assertThat(vocabulary.body()).isEqualTo(VocabularyJson.render(Vocabulary.TERMS));
    assertThat(Json.MAPPER.readTree(vocabulary.body()).at("/dataTypes/values").toString())
        .isEqualTo("[\"CURRENCY\",\"DATE\",\"DATETIME\",\"EMAIL\",\"LINK\",\"NUMERIC\",\"STATUS\",\"STRING\"]");
  }

  @Test
  void anIndexPageLinksEveryCard() throws Exception {
    HttpResponse<String> index = get("/definitions");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<a href=\"/?card=bug-tracker\">New CRM Card</a> (bug-tracker, contacts)");
    assertThat(CardIndex.escape("<b a=\"1\">&'")).isEqualTo("&lt;b a=&quot;1&quot;&gt;&amp;&#39;");
  }

  @Test
  void listsTheCards() throws Exception {
    JsonNode body = json(get("/api/cards"));
    assertThat(body.at("/cards/0/name").asText()).isEqualTo("bug-tracker");
    assertThat(body.at("/cards/0/title").asText()).isEqualTo("New CRM Card");
    assertThat(body.at("/cards/0/objectTypes/0").asText()).isEqualTo("contacts");
    assertThat(body.path("origin").asText()).isEqualTo(cards.origin());
  }

  @Test
  void fetchesSignedAndReportsTheChecks() throws Exception {
    JsonNode body = json(get("/api/fetch?card=bug-tracker"));
    assertThat(body.path("status").asInt()).isEqualTo(200);
    assertThat(body.at("/body/results")).hasSize(2);
    assertThat(body.path("problems")).allSatisfy(p -> assertThat(p.path("severity").asText()).isEqualTo("note"));
    assertThat(body.at("/problems/0/clients").toString()).isEqualTo("[\"converter\",\"old-converter\"]");
    assertThat(body.at("/definition/title").asText()).isEqualTo("New CRM Card");
    assertThat(body.at("/request/url").asText()).startsWith(cards.fetchUrl() + "?userId=12345&");
    Recorded fetch = cards.requests().get(0);
    assertThat(fetch.v2()).isEqualTo("valid");
    assertThat(fetch.v3()).isEqualTo("valid");

    cards.fetchBody(Fixtures.seedResponse().replace("\"2016-08-04\"", "\"04.08.2016\""));
    JsonNode broken = json(get("/api/fetch"));
    assertThat(broken.at("/problems/1/line").asText())
        .isEqualTo("$.results[1].created: [legacy, converter, old-converter, app-card] DATE must be yyyy-mm-dd, got \"04.08.2016\"");
    assertThat(broken.at("/problems/1/severity").asText()).isEqualTo("error");
  }

  @Test
  void forwardsAPutHookSignedWithAFormBodyToTheRewrittenOrigin() throws Exception {
    HttpResponse<String> response = postAction(seedAction(0, 2), Map.of("Content-Type", "application/json"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = json(response);
    assertThat(result.path("ok").asBoolean()).isTrue();
    assertThat(result.path("message").asText()).isEqualTo("PUT /tickets/245/resolve done");
    assertThat(result.path("problems")).isEmpty();
    assertThat(result.path("url").asText()).isEqualTo(cards.url("/tickets/245/resolve"));
    assertThat(result.path("rewrittenFrom").asText()).isEqualTo("https://example.com/tickets/245/resolve");

    Recorded hook = cards.await("PUT", "/tickets/245/resolve", Duration.ofSeconds(5));
    assertThat(hook.v2()).isEqualTo("valid");
    assertThat(hook.v3()).isEqualTo("valid");
    assertThat(hook.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(hook.query()).isEmpty();
    assertThat(hook.form()).containsExactly(
        Map.entry("userId", "12345"), Map.entry("userEmail", "loggedinuser@hubspot.com"),
        Map.entry("associatedObjectId", "53701"), Map.entry("associatedObjectType", "CONTACT"),
        Map.entry("portalId", "987654"));
  }

  @Test
  void forwardsADeleteHookWithItsPropertiesInTheQuery() throws Exception {
    JsonNode result = json(postAction(seedAction(0, 3), Map.of("Content-Type", "application/json")));
    assertThat(result.path("ok").asBoolean()).isTrue();
    Recorded hook = cards.await("DELETE", "/tickets/245", Duration.ofSeconds(5));
    assertThat(hook.v3()).isEqualTo("valid");
    assertThat(hook.body()).isEmpty();
    assertThat(hook.query()).containsEntry("associatedObjectType", "CONTACT").containsEntry("protected_account", "true");
  }

  /** As the card sends it: a hook that names no method goes as POST; one spelled otherwise does not go. */
  @Test
  void aHookWithoutAMethodGoesAsTheCardSendsItAndAMisspeltOneNot() throws Exception {
    Map<String, String> json = Map.of("Content-Type", "application/json");
    ObjectNode unnamed = seedAction(0, 2).deepCopy();
    unnamed.remove("httpMethod");
    assertThat(json(postAction(unnamed, json)).path("ok").asBoolean()).isTrue();
    assertThat(cards.await("POST", "/tickets/245/resolve", Duration.ofSeconds(5)).v3()).isEqualTo("valid");

    ObjectNode misspelt = seedAction(0, 2).deepCopy();
    misspelt.put("httpMethod", "put");
    HttpResponse<String> refused = postAction(misspelt, json);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error").asText())
        .isEqualTo("httpMethod must be one of [GET, POST, PUT, DELETE, PATCH], got \"put\"");
  }

  @Test
  void reportsTheServersErrorMessage() throws Exception {
    cards.hookStatus(409);
    JsonNode result = json(postAction(seedAction(0, 2), Map.of("Content-Type", "application/json")));
    assertThat(result.path("ok").asBoolean()).isFalse();
    assertThat(result.path("status").asInt()).isEqualTo(409);
    assertThat(result.path("message").asText()).isEqualTo("Ticket is locked");
    assertThat(result.at("/problems/0/line").asText())
        .isEqualTo(
            "$: [legacy, converter, old-converter, app-card] warning: HTTP 409: the user sees the action fail (HubSpot's legacy-card"
                + " converter shows an error alert)");
  }

  @Test
  void refusesWhatHubSpotWouldNotSend() throws Exception {
    Map<String, String> json = Map.of("Content-Type", "application/json");
    assertThat(json(postAction(seedAction(0, 0), json)).path("error").asText())
        .isEqualTo("only ACTION_HOOK and CONFIRMATION_ACTION_HOOK actions are sent, not IFRAME");
    ObjectNode outside = seedAction(0, 2).deepCopy();
    outside.put("uri", "https://elsewhere.example.org/tickets/245/resolve");
    HttpResponse<String> refused = postAction(outside, json);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error").asText())
        .contains(
            "is not under the card's actions.baseUrls: HubSpot requires an action URI to have the protocol and host"
                + " of one of the card's base URLs [https://example.com]");
    assertThat(postAction(seedAction(0, 2), Map.of("Content-Type", "text/plain")).statusCode()).isEqualTo(415);
    assertThat(postAction(seedAction(0, 2), Map.of("Content-Type", "application/json", "Origin", "https://evil.example"))
        .statusCode()).isEqualTo(403);
    assertThat(cards.requests()).isEmpty();
  }

  @Test
  void answersOnlyRequestsNamingItselfAndFromItsOwnPage() throws Exception {
    int port = preview.uri().getPort();
    // DNS rebinding: another site's name resolving to 127.0.0.1, from its own page.
    for (String path : List.of("/", "/definitions/", "/api/cards", "/api/fetch?card=bug-tracker")) {
      assertThat(statusLine(raw("GET " + path, "", "Host: evil.test:" + port))).isEqualTo("HTTP/1.1 403 Forbidden");
    }
    String action = Json.compact(seedAction(0, 2));
    assertThat(statusLine(raw("POST /api/action?card=bug-tracker&objectType=contacts", action,
            "Host: evil.test:" + port, "Origin: http://evil.test:" + port, "Content-Type: application/json")))
        .isEqualTo("HTTP/1.1 403 Forbidden");
    assertThat(raw("GET /api/cards", "", "Host: evil.test:" + port))
        .contains("the preview answers only at http://127.0.0.1:" + port + "/");
    // Another site's page calling 127.0.0.1 itself.
    assertThat(statusLine(raw("GET /api/fetch?card=bug-tracker", "", "Host: 127.0.0.1:" + port, "Origin: https://evil.test")))
        .isEqualTo("HTTP/1.1 403 Forbidden");
    // An image or a no-cors fetch on another site's page: no Origin, but Sec-Fetch-Site says so.
    assertThat(statusLine(raw("GET /api/fetch?card=bug-tracker", "", "Host: 127.0.0.1:" + port,
            "Sec-Fetch-Site: cross-site")))
        .isEqualTo("HTTP/1.1 403 Forbidden");
    assertThat(cards.requests()).isEmpty();
    // Its own page, by either name.
    assertThat(statusLine(raw("GET /api/cards", "", "Host: 127.0.0.1:" + port, "Sec-Fetch-Site: same-origin")))
        .isEqualTo("HTTP/1.1 200 OK");
    assertThat(statusLine(raw("GET /api/cards", "", "Host: localhost:" + port, "Origin: http://localhost:" + port)))
        .isEqualTo("HTTP/1.1 200 OK");
    assertThat(statusLine(raw("GET /api/cards", "", "Host: 127.0.0.1:" + port))).isEqualTo("HTTP/1.1 200 OK");
  }

  /** The whole answer to a request written by hand: HttpClient does not let a test choose the Host header. */
  private String raw(String requestLine, String body, String... headers) throws Exception {
    byte[] bytes = body.getBytes(UTF_8);
    String head = requestLine + " HTTP/1.1\r\n" + String.join("\r\n", headers)
        + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", preview.uri().getPort())) {
      socket.getOutputStream().write(head.getBytes(UTF_8));
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), UTF_8);
    }
  }

  private static String statusLine(String response) {
    return response.substring(0, response.indexOf("\r\n"));
  }

  @Test
  void aDownCardServerIsReportedToThePage() throws Exception {
    cards.close();
    HttpResponse<String> response = get("/api/fetch");
    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(json(response).path("error").asText()).startsWith("cannot connect to " + cards.fetchUrl());
    assertThat(new String(response.body().getBytes(UTF_8), UTF_8)).doesNotContain("Exception");
  }
}

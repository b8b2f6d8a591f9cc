package dev.crmcards.servlet;

import static dev.crmcards.HttpMethod.DELETE;
import static dev.crmcards.HttpMethod.GET;
import static dev.crmcards.HttpMethod.POST;
import static dev.crmcards.HttpMethod.PUT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CapturedLog;
import dev.crmcards.CardRequest;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.JsonBody;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import jakarta.servlet.http.HttpServlet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The servlet's behaviour over real HTTP; run once per container by the subclasses. The routes are
 * built by hand the way generated card classes build them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CardServletContract {

  static final String SECRET = "5c7d1f0e-4b7a-4f51-9a0e-2d9f1f3c8a11";
  static final String NEW_SECRET = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";
  static final String OTHER_SECRET = "ffffffff-0000-4000-8000-000000000000";
  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  static final long TS = NOW.toEpochMilli();
  static final long FIVE_MINUTES = Duration.ofMinutes(5).toMillis();
  static final String PUBLIC_BASE = "https://cards.example.com/hubspot";
  static final String LEAK = "connection refused: db.internal:5432 user=cards password=hunter2";
  static final String BODY_MARKER = "body-marker-4711";
  static final int MAX_BODY = 1024;
  static final String DEFAULTS =
      "userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654";
  static final String JSON_DEFAULTS =
      "\"userId\":\"12345\",\"userEmail\":\"loggedinuser@hubspot.com\","
          + "\"associatedObjectId\":\"53701\",\"associatedObjectType\":\"CONTACT\","
          + "\"portalId\":\"987654\"";
  static final ObjectMapper MAPPER = new ObjectMapper();

  enum State {
    OPEN,
    CLOSED
  }

  /** Creates the container under test. */
  abstract ServletContainer newContainer();

  private CapturedLog servletLog;
  private List<LogRecord> logs;

  private ServletContainer container;
  private String base;
  private HttpClient client;

  @BeforeAll
  void start() throws Exception {
    servletLog = CapturedLog.of(CardServlet.class.getName());
    logs = servletLog.records();

    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    servlets.put("", new CardServlet(bugRoutes(""), settings(clock).build()));
    servlets.put(
        "/proxied",
        new CardServlet(
            bugRoutes("/hubspot"), settings(clock).publicBaseUrl(PUBLIC_BASE + "/").build()));
    servlets.put(
        "/v2", new CardServlet(bugRoutes("/v2"), settings(clock).requireV3(false).build()));
    servlets.put(
        "/lenient",
        new CardServlet(bugRoutes("/lenient"), settings(clock).requireV3(false).acceptV1(true).build()));
    servlets.put("/declared", new CardServlet(declaredRoutes("/declared"), settings(clock).build()));
    servlets.put("/declared-v2",
        new CardServlet(declaredRoutes("/declared-v2"), settings(clock).requireV3(false).build()));
    servlets.put("/local", new CardServlet(declaredRoutes("/local"),
        settings(clock).acceptLocalProxy(true).build()));
    servlets.put(
        "/multi",
        new CrmCardsServlet(
            List.of(
                simpleCard("bugs", "/multi/bugs"),
                simpleCard("deals", "/multi/deals"),
                simpleCard("companies", "/multi/companies")),
            settings(clock).build()));
    container = newContainer();
    base = container.start(servlets);
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (container != null) {
        container.stop();
      }
    } finally {
      servletLog.close();
    }
  }

  static CardSettings.Builder settings(Clock clock) {
    return CardSettings.builder().clientSecrets(SECRET, NEW_SECRET).clock(clock)
        .maxBodyBytes(MAX_BODY);
  }

  // ---------------------------------------------------------------------------------------------
  // Routes, as generated code would build them.

  static Map<String, Object> echo(CardRequest request) {
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("userId", request.userId());
    echo.put("userEmail", request.userEmail());
    echo.put("associatedObjectId", request.associatedObjectId());
    echo.put("associatedObjectType", request.associatedObjectType());
    echo.put("portalId", request.portalId());
    echo.put("appId", request.appId().isPresent() ? request.appId().getAsLong() : null);
    echo.put("properties", request.properties());
    if (request instanceof ActionRequest) {
      echo.put("httpMethod", ((ActionRequest) request).httpMethod().name());
    }
    return echo;
  }

  static JsonBody json(Object value) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(value);
    return json -> json.raw(bytes);
  }

  static ActionResult okEcho(ActionRequest request, String key, Object value) throws IOException {
    Map<String, Object> echo = echo(request);
    echo.put(key, value);
    return ActionResult.ok(MAPPER.writeValueAsString(echo));
  }

  static CardRoutes bugRoutes(String prefix) {
    return CardRoutes.builder("bugs")
        .fetch(prefix + "/demo-fetch", request -> json(echo(request)))
        .fetch(prefix + "/broken-fetch", request -> {
          throw new IllegalStateException(LEAK);
        })
        .fetch(prefix + "/broken-json", request -> json -> {
          json.raw("{\"results\":[".getBytes(UTF_8));
          throw new IllegalStateException(LEAK);
        })
        .hook(PUT, prefix + "/tickets/{id}/resolve",
            (request, path) -> okEcho(request, "id", path.longValue("id")))
        .hook(DELETE, prefix + "/tickets/{id}",
            (request, path) -> okEcho(request, "id", path.longObject("id")))
        .hook(GET, prefix + "/tickets/{id}",
            (request, path) -> ActionResult.ok("ticket " + path.longValue("id")))
        .hook(GET, prefix + "/tickets/new", (request, path) -> ActionResult.ok("new ticket"))
        .hook(POST, prefix + "/tickets/{id}/comments",
            (request, path) -> okEcho(request, "id", path.intValue("id")))
        .hook(POST, prefix + "/tickets/{id}/refuse",
            (request, path) -> ActionResult.error(
                409, "ticket " + path.longValue("id") + " is already \"closed\"\n"))
        .hook(POST, prefix + "/tickets/{id}/fail", (request, path) -> {
          throw new IllegalStateException(LEAK);
        })
        .hook(POST, prefix + "/tickets/{id}/vanish", (request, path) -> null)
        .hook(GET, prefix + "/keys/{key}/{state}",
            (request, path) -> ActionResult.ok(
                path.uuid("key") + " " + path.enumValue("state", State.class)))
        .hook(GET, prefix + "/caf%C3%A9/{name}",
            (request, path) -> ActionResult.ok("hello " + path.string("name")))
        .build();
  }

  /** HubSpot's guide card: the fetch on https://www.example.com, the actions on https://example.com. */
  static CardRoutes declaredRoutes(String prefix) {
    return CardRoutes.builder("guide")
        .fetch(FETCH_ORIGIN + prefix + "/demo-fetch", request -> json(echo(request)))
        .hook(PUT, ACTION_ORIGIN + prefix + "/tickets/{id}/resolve",
            (request, path) -> okEcho(request, "id", path.longValue("id")))
        .hook(DELETE, ACTION_ORIGIN + prefix + "/tickets/{id}",
            (request, path) -> okEcho(request, "id", path.longValue("id")))
        .build();
  }

  static final String FETCH_ORIGIN = "https://www.example.com";
  static final String ACTION_ORIGIN = "https://example.com";

  static CardRoutes simpleCard(String name, String path) {
    return CardRoutes.builder(name)
        .fetch(path, request -> json(Map.of("card", name, "portalId", request.portalId())))
        .hook(POST, path + "/{id}/close",
            (request, p) -> ActionResult.ok(name + " " + p.longValue("id") + " closed"))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Sending.

  /** One request; signed with {@link #SECRET}, v2 and v3, at {@link #NOW} unless told otherwise. */
  final class Call {
    private final String method;
    private final String target;
    private byte[] body;
    private String contentType;
    private boolean chunked;
    private boolean signed = true;
    private String secret = SECRET;
    private SignatureVersion[] versions = {SignatureVersion.V2, SignatureVersion.V3};
    private long timestamp = TS;
    private boolean localProxy;
    private String signedUrl;
    private byte[] signedBody;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Call(String method, String target) {
      this.method = method;
      this.target = target;
    }

    Call body(String contentType, String body) {
      return bytes(contentType, body.getBytes(UTF_8));
    }

    Call bytes(String contentType, byte[] body) {
      this.contentType = contentType;
      this.body = body;
      return this;
    }

    Call chunked() {
      this.chunked = true;
      return this;
    }

    Call unsigned() {
      this.signed = false;
      return this;
    }

    Call secret(String secret) {
      this.secret = secret;
      return this;
    }

    Call versions(SignatureVersion... versions) {
      this.versions = versions;
      return this;
    }

    Call timestamp(long timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /**
     * Signs as HubSpot's local development proxy does: v2 and v3 for the URL requested, v3 over
     * it exactly as sent, without v3's decoding of escapes.
     */
    Call asLocalProxy() {
      this.localProxy = true;
      return this;
    }

    /** Signs this URL instead of the one requested. */
    Call signedAs(String url) {
      this.signedUrl = url;
      return this;
    }

    /** Signs this body instead of the one sent. */
    Call signedBody(String body) {
      this.signedBody = body.getBytes(UTF_8);
      return this;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    HttpResponse<String> send() throws IOException, InterruptedException {
      String url = base + target;
      byte[] payload = body == null ? new byte[0] : body;
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
      if (signed && localProxy) {
        String signedFor = signedUrl == null ? url : signedUrl;
        byte[] signedPayload = signedBody == null ? payload : signedBody;
        request.header("X-HubSpot-Signature",
            SignatureVerifier.signV2(secret, method, signedFor, signedPayload));
        request.header("X-HubSpot-Signature-Version", "v2");
        request.header("X-HubSpot-Request-Timestamp", Long.toString(timestamp));
        request.header("X-HubSpot-Signature-v3",
            SignatureVerifier.signV3AsSent(secret, method, signedFor, signedPayload, timestamp));
      } else if (signed) {
        SignatureVerifier.signedHeaders(
                secret,
                method,
                signedUrl == null ? url : signedUrl,
                signedBody == null ? payload : signedBody,
                timestamp,
                versions)
            .forEach(request::header);
      }
      headers.forEach(request::setHeader);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      HttpRequest.BodyPublisher publisher =
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : chunked
                  ? HttpRequest.BodyPublishers.ofInputStream(
                      () -> new ByteArrayInputStream(payload))
                  : HttpRequest.BodyPublishers.ofByteArray(payload);
      request.method(method, publisher);
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }
  }

  Call get(String target) {
    return new Call("GET", target);
  }

  Call call(String method, String target) {
    return new Call(method, target);
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  static void assertJsonContentType(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type.replace(" ", "").toLowerCase(Locale.ROOT))
            .isEqualTo("application/json;charset=utf-8"));
  }

  static void assertMessage(HttpResponse<String> response, int status, String message)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertJsonContentType(response);
    assertThat(json(response)).isEqualTo(MAPPER.createObjectNode().put("message", message));
  }

  static void assertRejected(HttpResponse<String> response) throws IOException {
    assertMessage(response, 401, "missing or invalid signature");
  }

  /** The JSON the hook put in its message. */
  static JsonNode hookEcho(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertJsonContentType(response);
    return MAPPER.readTree(json(response).get("message").asText());
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class Fetch {
    @Test
    void legacyCardSignedV2() throws Exception {
      HttpResponse<String> response =
          get("/v2/demo-fetch?" + DEFAULTS + "&firstname=Tim&email=tim%40example.com&lastname=Rob+inson")
              .versions(SignatureVersion.V2)
              .send();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertJsonContentType(response);
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
      JsonNode echo = json(response);
      assertThat(echo.get("userId").asLong()).isEqualTo(12345);
      assertThat(echo.get("userEmail").asText()).isEqualTo("loggedinuser@hubspot.com");
      assertThat(echo.get("associatedObjectId").asLong()).isEqualTo(53701);
      assertThat(echo.get("associatedObjectType").asText()).isEqualTo("CONTACT");
      assertThat(echo.get("portalId").asLong()).isEqualTo(987654);
      assertThat(echo.get("appId").isNull()).isTrue();
      assertThat(echo.get("properties").toString())
          .isEqualTo("{\"firstname\":\"Tim\",\"email\":\"tim@example.com\",\"lastname\":\"Rob inson\"}");
    }

    @Test
    void converterSignedV3WithAppId() throws Exception {
      HttpResponse<String> response =
          get("/demo-fetch?" + DEFAULTS + "&firstname=Tim&appId=4242")
              .versions(SignatureVersion.V3)
              .send();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode echo = json(response);
      assertThat(echo.get("appId").asLong()).isEqualTo(4242);
      assertThat(echo.get("properties").toString()).isEqualTo("{\"firstname\":\"Tim\"}");
    }

    @Test
    void v3DecodesOnlyTheListedEscapes() throws Exception {
      // HubSpot's v3 signature is over the URL with %40 and %3A decoded; %20 and %26 stay.
      String target = "/demo-fetch?" + DEFAULTS + "&note=a%20b%26c%3a&when=12%3A30";
      HttpResponse<String> response = get(target).versions(SignatureVersion.V3).send();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(json(response).get("properties").toString())
          .isEqualTo("{\"note\":\"a b&c:\",\"when\":\"12:30\"}");
    }

    @Test
    void bothVersionsAsHubSpotSendsThem() throws Exception {
      assertThat(get("/demo-fetch?" + DEFAULTS).send().statusCode()).isEqualTo(200);
    }

    @Test
    void aRotatedSecretIsAccepted() throws Exception {
      assertThat(get("/demo-fetch?" + DEFAULTS).secret(NEW_SECRET).send().statusCode())
          .isEqualTo(200);
    }

    @Test
    void behindAProxyThePublicUrlIsSigned() throws Exception {
      String query = "?" + DEFAULTS + "&firstname=Tim";
      HttpResponse<String> response =
          get("/proxied/demo-fetch" + query)
              .signedAs(PUBLIC_BASE + "/demo-fetch" + query)
              .send();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(json(response).get("properties").toString()).isEqualTo("{\"firstname\":\"Tim\"}");

      HttpResponse<String> v3Only =
          get("/proxied/demo-fetch" + query)
              .signedAs(PUBLIC_BASE + "/demo-fetch" + query)
              .versions(SignatureVersion.V3)
              .send();
      assertThat(v3Only.statusCode()).isEqualTo(200);

      // The URL the container sees is not the one HubSpot signed.
      assertRejected(get("/proxied/demo-fetch" + query).send());
    }

    @Test
    void forwardedHeadersAreNotTrusted() throws Exception {
      String query = "?" + DEFAULTS;
      assertRejected(
          get("/demo-fetch" + query)
              .signedAs("https://cards.example.com/demo-fetch" + query)
              .header("X-Forwarded-Proto", "https")
              .header("X-Forwarded-Host", "cards.example.com")
              .header("Forwarded", "proto=https;host=cards.example.com")
              .send());
    }

    @Test
    void missingOrMalformedDefaultsAre400() throws Exception {
      assertMessage(
          get("/demo-fetch?" + DEFAULTS.replace("userId=12345&", "")).send(),
          400, "missing parameter 'userId'");
      assertMessage(
          get("/demo-fetch?" + DEFAULTS.replace("portalId=987654", "portalId=98x")).send(),
          400, "parameter 'portalId' must be a whole number");
      assertMessage(
          get("/demo-fetch?" + DEFAULTS + "&appId=none").send(),
          400, "parameter 'appId' must be a whole number");
      assertMessage(get("/demo-fetch").send(), 400, "missing parameter 'userId'");
    }

    @Test
    void theSignatureIsCheckedBeforeTheParameters() throws Exception {
      assertRejected(get("/demo-fetch?portalId=x").unsigned().send());
    }

    @Test
    void aFailingRouteIs500WithoutDetails() throws Exception {
      for (String path : List.of("/broken-fetch", "/broken-json")) {
        HttpResponse<String> response = get(path + "?" + DEFAULTS).send();
        assertMessage(response, 500, "internal error");
        assertThat(response.body())
            .doesNotContain("hunter2").doesNotContain("db.internal")
            .doesNotContain("Exception").doesNotContain("results");
      }
    }
  }

  @Nested
  class Hooks {
    @Test
    void legacyFormBodySignedV2() throws Exception {
      JsonNode echo =
          hookEcho(
              call("PUT", "/v2/tickets/42/resolve")
                  .body("application/x-www-form-urlencoded",
                      DEFAULTS + "&protected_account=true&note=done+%26+dusted")
                  .versions(SignatureVersion.V2)
                  .send());
      assertThat(echo.get("id").asLong()).isEqualTo(42);
      assertThat(echo.get("httpMethod").asText()).isEqualTo("PUT");
      assertThat(echo.get("userEmail").asText()).isEqualTo("loggedinuser@hubspot.com");
      assertThat(echo.get("appId").isNull()).isTrue();
      assertThat(echo.get("properties").toString())
          .isEqualTo("{\"protected_account\":\"true\",\"note\":\"done & dusted\"}");
    }

    @Test
    void converterJsonBodySignedV3() throws Exception {
      JsonNode echo =
          hookEcho(
              call("PUT", "/tickets/42/resolve?" + DEFAULTS + "&protected_account=false&appId=77")
                  .body("application/json",
                      "{" + JSON_DEFAULTS + ",\"appId\":\"77\",\"protected_account\":true,"
                          + "\"amount\":12.50}")
                  .versions(SignatureVersion.V3)
                  .send());
      assertThat(echo.get("appId").asLong()).isEqualTo(77);
      assertThat(echo.get("properties").toString())
          .isEqualTo("{\"protected_account\":\"true\",\"amount\":\"12.50\"}");
    }

    @Test
    void queryOnlyDelete() throws Exception {
      JsonNode echo =
          hookEcho(
              call("DELETE", "/tickets/7?" + DEFAULTS + "&protected_account=false")
                  .versions(SignatureVersion.V3)
                  .send());
      assertThat(echo.get("id").asLong()).isEqualTo(7);
      assertThat(echo.get("httpMethod").asText()).isEqualTo("DELETE");
      assertThat(echo.get("properties").toString()).isEqualTo("{\"protected_account\":\"false\"}");
    }

    @Test
    void chunkedBodiesAreReadAndSigned() throws Exception {
      JsonNode echo =
          hookEcho(
              call("POST", "/tickets/9/comments")
                  .body("application/json", "{" + JSON_DEFAULTS + ",\"text\":\"hi\"}")
                  .chunked()
                  .send());
      assertThat(echo.get("id").asInt()).isEqualTo(9);
      assertThat(echo.get("properties").get("text").asText()).isEqualTo("hi");
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws Exception {
      String prefix = DEFAULTS + "&pad=";
      String body = prefix + "x".repeat(MAX_BODY - prefix.length());
      assertThat(body.length()).isEqualTo(MAX_BODY);
      JsonNode echo =
          hookEcho(
              call("POST", "/tickets/9/comments")
                  .body("application/x-www-form-urlencoded", body)
                  .send());
      assertThat(echo.get("properties").get("pad").asText()).hasSize(MAX_BODY - prefix.length());
    }

    @Test
    void anErrorResultKeepsItsStatusAndMessage() throws Exception {
      assertMessage(
          call("POST", "/tickets/5/refuse")
              .body("application/x-www-form-urlencoded", DEFAULTS)
              .send(),
          409, "ticket 5 is already \"closed\"\n");
    }

    @Test
    void typedPathParameters() throws Exception {
      HttpResponse<String> ok =
          get("/keys/0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0/closed?" + DEFAULTS).send();
      assertMessage(ok, 200, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 CLOSED");
      assertMessage(
          get("/keys/not-a-uuid/OPEN?" + DEFAULTS).send(),
          400, "path parameter 'key' must be a UUID");
      assertMessage(
          get("/keys/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/ajar?" + DEFAULTS).send(),
          400, "path parameter 'state' must be one of OPEN, CLOSED");
    }

    @Test
    void aBadIdIs400() throws Exception {
      assertMessage(
          call("PUT", "/tickets/abc/resolve")
              .body("application/x-www-form-urlencoded", DEFAULTS)
              .send(),
          400, "path parameter 'id' must be a whole number");
      assertMessage(
          call("POST", "/tickets/99999999999/comments")
              .body("application/json", "{" + JSON_DEFAULTS + "}")
              .send(),
          400, "path parameter 'id' is out of range");
    }

    @Test
    void literalSegmentsWinOverPlaceholders() throws Exception {
      assertMessage(get("/tickets/new?" + DEFAULTS).send(), 200, "new ticket");
      assertMessage(get("/tickets/12?" + DEFAULTS).send(), 200, "ticket 12");
    }

    @Test
    void segmentsArePercentDecodedOnce() throws Exception {
      assertMessage(get("/caf%c3%a9/J%C3%B6rg%20K+?" + DEFAULTS).send(), 200, "hello J\u00f6rg K+");
    }

    @Test
    void malformedBodiesAre400() throws Exception {
      assertMessage(
          call("POST", "/tickets/9/comments").body("application/json", "{\"userId\":").send(),
          400, "malformed JSON body");
      assertMessage(
          call("POST", "/tickets/9/comments")
              .body("application/json", "{" + JSON_DEFAULTS.replace("\"12345\"", "true") + "}")
              .send(),
          400, "parameter 'userId' must be a whole number");
    }

    @Test
    void failingHooksAre500WithoutDetails() throws Exception {
      for (String action : List.of("fail", "vanish")) {
        HttpResponse<String> response =
            call("POST", "/tickets/3/" + action)
                .body("application/x-www-form-urlencoded", DEFAULTS)
                .send();
        assertMessage(response, 500, "internal error");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("Exception")
            .doesNotContain("at dev.");
      }
    }
  }

  @Nested
  class Rejections {
    final String fetch = "/demo-fetch?" + DEFAULTS;
    /** The same fetch to the servlet that takes v2 alone, where v2's own checks run. */
    final String v2Fetch = "/v2" + fetch;

    @Test
    void unsigned() throws Exception {
      assertRejected(get(fetch).unsigned().send());
      assertRejected(
          call("PUT", "/tickets/1/resolve").body("application/json", "{}").unsigned().send());
    }

    @Test
    void tamperedQuery() throws Exception {
      assertRejected(
          get(fetch.replace("portalId=987654", "portalId=987655")).signedAs(base + fetch).send());
      assertRejected(
          get(v2Fetch.replace("portalId=987654", "portalId=987655"))
              .signedAs(base + v2Fetch)
              .versions(SignatureVersion.V2)
              .send());
    }

    @Test
    void reorderedQuery() throws Exception {
      String reordered = "/demo-fetch?portalId=987654&" + DEFAULTS.replace("&portalId=987654", "");
      assertRejected(get(reordered).signedAs(base + fetch).send());
    }

    @Test
    void tamperedBody() throws Exception {
      String body = "{" + JSON_DEFAULTS + ",\"protected_account\":\"true\"}";
      for (SignatureVersion version : SignatureVersion.values()) {
        if (version == SignatureVersion.V1) {
          continue;
        }
        assertRejected(
            call("PUT", (version == SignatureVersion.V2 ? "/v2" : "") + "/tickets/1/resolve")
                .body("application/json", body.replace("true", "false"))
                .signedBody(body)
                .versions(version)
                .send());
      }
    }

    @Test
    void tamperedMethodOrPath() throws Exception {
      assertRejected(
          call("DELETE", "/tickets/1?" + DEFAULTS).signedAs(base + "/tickets/2?" + DEFAULTS).send());
    }

    @Test
    void wrongSecret() throws Exception {
      assertRejected(get(fetch).secret(OTHER_SECRET).send());
      assertRejected(get(v2Fetch).secret(OTHER_SECRET).versions(SignatureVersion.V2).send());
    }

    @Test
    void staleAndFutureTimestamps() throws Exception {
      assertRejected(
          get(fetch).versions(SignatureVersion.V3).timestamp(TS - FIVE_MINUTES - 1).send());
      assertRejected(
          get(fetch).versions(SignatureVersion.V3).timestamp(TS + FIVE_MINUTES + 1).send());
      assertThat(
              get(fetch).versions(SignatureVersion.V3).timestamp(TS - FIVE_MINUTES).send()
                  .statusCode())
          .isEqualTo(200);
      assertThat(
              get(fetch).versions(SignatureVersion.V3).timestamp(TS + FIVE_MINUTES).send()
                  .statusCode())
          .isEqualTo(200);
    }

    @Test
    void aStaleV3IsNotRescuedByAGoodV2() throws Exception {
      assertRejected(get(v2Fetch).timestamp(TS - FIVE_MINUTES - 1).send());
    }

    @Test
    void aBadV3BesideAGoodV2() throws Exception {
      assertRejected(
          get(v2Fetch)
              .header("X-HubSpot-Signature-v3",
                  SignatureVerifier.signV3(OTHER_SECRET, "GET", base + v2Fetch, null, TS))
              .send());
    }

    @Test
    void v1OnlyWhenEnabled() throws Exception {
      assertRejected(get(fetch).versions(SignatureVersion.V1).send());
      assertRejected(get(v2Fetch).versions(SignatureVersion.V1).send());
      HttpResponse<String> lenient =
          get("/lenient/demo-fetch?" + DEFAULTS).versions(SignatureVersion.V1).send();
      assertThat(lenient.statusCode()).as(lenient.body()).isEqualTo(200);
    }

    @Test
    void v3IsRequiredUnlessV2IsAccepted() throws Exception {
      assertRejected(get(fetch).versions(SignatureVersion.V2).send());
      assertThat(get(fetch).versions(SignatureVersion.V3).send().statusCode()).isEqualTo(200);
      HttpResponse<String> v2 =
          get("/v2/demo-fetch?" + DEFAULTS).versions(SignatureVersion.V2).send();
      assertThat(v2.statusCode()).as(v2.body()).isEqualTo(200);
    }

    @Test
    void garbledHeaders() throws Exception {
      assertRejected(get(fetch).versions(SignatureVersion.V3)
          .header("X-HubSpot-Request-Timestamp", "yesterday").send());
      assertRejected(get(fetch).versions(SignatureVersion.V3)
          .header("X-HubSpot-Signature-v3", "%%%").send());
      assertRejected(get(v2Fetch).versions(SignatureVersion.V2)
          .header("X-HubSpot-Signature-Version", "v9").send());
    }

    @Test
    void unknownPathsAre404() throws Exception {
      assertMessage(get("/nothing-here?" + DEFAULTS).send(), 404, "no such route");
      // Unsigned, the same request learns nothing (see NothingRevealedBeforeVerification).
      assertMessage(get("/demo-fetch/extra?" + DEFAULTS).send(), 404, "no such route");
      assertRejected(get("/demo-fetch/extra?" + DEFAULTS).unsigned().send());
      assertMessage(get("/demo-fetch/").send(), 404, "no such route");
    }

    @Test
    void wrongMethodsAre405WithAllow() throws Exception {
      HttpResponse<String> post =
          call("POST", "/demo-fetch?" + DEFAULTS).body("application/json", "{}").send();
      assertMessage(post, 405, "method not allowed");
      assertThat(post.headers().firstValue("Allow")).hasValue("GET");

      HttpResponse<String> patch =
          call("PATCH", "/tickets/5").body("application/json", "{}").send();
      assertMessage(patch, 405, "method not allowed");
      assertThat(patch.headers().firstValue("Allow")).hasValue("GET, DELETE");

      HttpResponse<String> head = call("HEAD", "/demo-fetch?" + DEFAULTS).send();
      assertThat(head.statusCode()).isEqualTo(405);
      assertThat(head.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
      // Far beyond the limit, as a client would still be uploading it when refused; the servlet
      // reads it to the end (it is within RefusedBody.DRAIN_LIMIT) so that the 413 gets through.
      String big = DEFAULTS + "&pad=" + "x".repeat(256 * MAX_BODY);
      assertMessage(
          call("POST", "/tickets/9/comments")
              .body("application/x-www-form-urlencoded", big)
              .send(),
          413, "request body too large");
      assertMessage(
          call("POST", "/tickets/9/comments")
              .body("application/x-www-form-urlencoded", big)
              .chunked()
              .send(),
          413, "request body too large");
      String justOver = DEFAULTS + "&pad=" + "x".repeat(MAX_BODY + 1 - DEFAULTS.length() - 5);
      assertThat(justOver.length()).isEqualTo(MAX_BODY + 1);
      assertMessage(
          call("POST", "/tickets/9/comments")
              .body("application/x-www-form-urlencoded", justOver)
              .chunked()
              .send(),
          413, "request body too large");
      // The server still answers on the next request.
      assertThat(get(fetch).send().statusCode()).isEqualTo(200);
    }

    @Test
    void logsNeverHoldSecretsSignaturesOrBodies() throws Exception {
      String body = "{" + JSON_DEFAULTS + ",\"secretNote\":\"" + BODY_MARKER + "\"}";
      List<String> signatures = new ArrayList<>();
      for (String secret : List.of(OTHER_SECRET, SECRET)) {
        Map<String, String> headers =
            SignatureVerifier.signedHeaders(
                secret, "POST", base + "/tickets/3/fail", body.getBytes(UTF_8), TS);
        signatures.add(headers.get("X-HubSpot-Signature"));
        signatures.add(headers.get("X-HubSpot-Signature-v3"));
        call("POST", "/tickets/3/fail").body("application/json", body).secret(secret).send();
      }
      call("POST", "/tickets/3/comments")
          .body("application/json", "{\"bad\":" + BODY_MARKER + "}")
          .send();
      assertThat(logs).isNotEmpty();
      SimpleFormatter formatter = new SimpleFormatter();
      for (LogRecord record : logs) {
        String text = formatter.format(record);
        assertThat(text).doesNotContain(SECRET).doesNotContain(NEW_SECRET)
            .doesNotContain(OTHER_SECRET).doesNotContain(BODY_MARKER)
            .doesNotContain("loggedinuser");
        for (String signature : signatures) {
          assertThat(text).doesNotContain(signature);
        }
      }
      // A warning, or debug when an earlier test of this servlet had its warning this minute.
      assertThat(logs).anySatisfy(record ->
          assertThat(formatter.format(record)).contains("MISMATCH").contains("/tickets/3/fail"));
      assertThat(logs).anySatisfy(record -> {
        assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(record.getThrown()).hasMessage(LEAK);
      });
    }
  }

  /** Bodies beyond the limit, still on their way when the servlet refuses them. */
  @Nested
  class OversizedUploads {
    final String target = "/tickets/9/comments";
    final int timeoutMillis = 10_000;
    /** More than any server here should read: a client that would go on sending. */
    final long endless = 256L << 20;

    @Test
    void theAnswerReachesAClientStillUploading() throws Exception {
      // Refused after its first piece; read to the end all the same, so no reset.
      long length = 16L * MAX_BODY;
      for (RawUpload upload :
          List.of(RawUpload.withLength(target, length), RawUpload.chunked(target))) {
        RawUpload.Outcome outcome = upload.pieces(MAX_BODY, 20).send(port(), length, timeoutMillis);
        assertTooLarge(outcome.response());
        assertThat(outcome.bodyBytesSent()).isEqualTo(length);
      }
    }

    @Test
    void anUnsignedUploadIs401WithoutItsBodyBeingKept() throws Exception {
      // Refused before its body is read, whatever its size: it learns no limit. The body is
      // discarded as a refused one is, so that the 401 reaches a client still uploading.
      for (long length : List.of(100L, 16L * MAX_BODY)) {
        for (RawUpload upload :
            List.of(RawUpload.withLength(target, length).unsigned(), RawUpload.chunked(target).unsigned())) {
          RawUpload.Outcome outcome = upload.pieces(MAX_BODY, 20).send(port(), length, timeoutMillis);
          assertThat(outcome.response()).as("an answer, not a reset connection").isNotNull();
          assertThat(outcome.response().status()).isEqualTo(401);
          assertThat(outcome.response().header("Connection")).isEqualToIgnoringCase("close");
          assertThat(MAPPER.readTree(outcome.response().body()))
              .isEqualTo(MAPPER.createObjectNode().put("message", "missing or invalid signature"));
        }
      }
    }

    @Test
    void aBodyDeclaredFarBeyondTheLimitIsAnsweredWithoutWaitingForIt() throws Exception {
      RawUpload.Outcome outcome =
          RawUpload.withLength(target, 1L << 30).send(port(), 64 * 1024, timeoutMillis);
      assertThat(outcome.millis()).isLessThan(timeoutMillis / 2);
      assertTooLargeUnlessReset(outcome.response());
    }

    @Test
    void anEndlessChunkedBodyIsReadOnlyUpToTheDrainLimit() throws Exception {
      RawUpload.Outcome outcome =
          RawUpload.chunked(target).pieces(64 * 1024, 0).send(port(), endless, timeoutMillis);
      // What the server did not read, plus what socket buffers hold, stays far below it all.
      assertThat(outcome.bodyBytesSent()).isLessThan(endless / 4);
      assertTooLargeUnlessReset(outcome.response());
    }

    @Test
    void aTrickledBodyIsDrainedOnlyForAWhile() throws Exception {
      // Slower than the drain limit could be reached in its time.
      RawUpload.Outcome outcome =
          RawUpload.chunked(target).pieces(MAX_BODY, 10).listening()
              .send(port(), endless, timeoutMillis);
      assertThat(outcome.millis())
          .isBetween(TimeUnit.NANOSECONDS.toMillis(RefusedBody.DRAIN_NANOS), timeoutMillis / 2L);
      assertTooLargeUnlessReset(outcome.response());
    }

    private int port() {
      return URI.create(base).getPort();
    }

    /**
     * For a body the servlet does not read to the end: the rest makes the connection reset, which
     * may come before the answer is read.
     */
    private void assertTooLargeUnlessReset(RawHttp.Response response) throws IOException {
      if (response != null) {
        assertTooLarge(response);
      }
    }

    private void assertTooLarge(RawHttp.Response response) throws IOException {
      assertThat(response).as("an answer, not a reset connection").isNotNull();
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.header("Connection")).isEqualToIgnoringCase("close");
      assertThat(MAPPER.readTree(response.body()))
          .isEqualTo(MAPPER.createObjectNode().put("message", "request body too large"));
    }
  }

  @Nested
  class NothingRevealedBeforeVerification {
    final List<String> methods = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    final List<String> targets =
        List.of("/demo-fetch?" + DEFAULTS, "/tickets/7/resolve", "/tickets/7", "/nothing-here",
            "/demo-fetch/extra", "/", "/declared/demo-fetch?" + DEFAULTS, "/declared/unknown",
            "/multi/deals", "/multi/unknown", "/proxied/demo-fetch", "/proxied/x");

    @Test
    void unsignedRequestsAre401OnEveryPathAndMethod() throws Exception {
      for (String method : methods) {
        for (String target : targets) {
          Call call = call(method, target).unsigned();
          if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            call.body("application/json", "{}");
          }
          assertUnauthorized(call.send(), method, target);
        }
      }
    }

    @Test
    void badlySignedRequestsAre401OnEveryPathAndMethod() throws Exception {
      for (String method : methods) {
        for (String target : targets) {
          assertUnauthorized(call(method, target).secret(OTHER_SECRET).send(), method, target);
          assertUnauthorized(
              call(method, target).signedAs(base + "/elsewhere").send(), method, target);
        }
      }
    }

    void assertUnauthorized(HttpResponse<String> response, String method, String target)
        throws IOException {
      assertThat(response.statusCode()).as(method + " " + target).isEqualTo(401);
      assertThat(response.headers().firstValue("Allow")).as(method + " " + target).isEmpty();
      if (!method.equals("HEAD")) {
        assertMessage(response, 401, "missing or invalid signature");
      }
    }

    @Test
    void signedRequestsLearn404And405() throws Exception {
      assertMessage(get("/declared/unknown?" + DEFAULTS)
          .signedAs(FETCH_ORIGIN + "/declared/unknown?" + DEFAULTS).send(), 404, "no such route");
      assertMessage(get("/declared/unknown?" + DEFAULTS)
          .signedAs(ACTION_ORIGIN + "/declared/unknown?" + DEFAULTS).send(), 404, "no such route");
      HttpResponse<String> wrong = call("POST", "/declared/tickets/7")
          .body("application/json", "{}").signedAs(ACTION_ORIGIN + "/declared/tickets/7").send();
      assertMessage(wrong, 405, "method not allowed");
      assertThat(wrong.headers().firstValue("Allow")).hasValue("DELETE");
      assertMessage(get("/multi/unknown").send(), 404, "no such route");
      HttpResponse<String> proxied = get("/proxied/x").signedAs(PUBLIC_BASE + "/x").send();
      assertMessage(proxied, 404, "no such route");
    }
  }

  /** Requests are verified against the URL the card declares for their route. */
  @Nested
  class DeclaredUrls {
    @Test
    void theFetchAndTheHooksVerifyOnTheirOwnOrigins() throws Exception {
      for (SignatureVersion version : List.of(SignatureVersion.V2, SignatureVersion.V3)) {
        // v2 alone verifies only where v3 is not required.
        String prefix = version == SignatureVersion.V2 ? "/declared-v2" : "/declared";
        String fetch = prefix + "/demo-fetch?" + DEFAULTS;
        HttpResponse<String> fetched =
            get(fetch).versions(version).signedAs(FETCH_ORIGIN + fetch).send();
        assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
        assertThat(json(fetched).path("portalId").asLong()).isEqualTo(987654);

        String hook = prefix + "/tickets/245/resolve";
        HttpResponse<String> resolved = call("PUT", hook).versions(version)
            .body("application/x-www-form-urlencoded", DEFAULTS)
            .signedAs(ACTION_ORIGIN + hook).send();
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(MAPPER.readTree(json(resolved).path("message").asText()).path("id").asLong())
            .isEqualTo(245);
      }
    }

    @Test
    void anotherOriginOrTheServersOwnUrlIsRejected() throws Exception {
      String fetch = "/declared/demo-fetch?" + DEFAULTS;
      // As the container saw it: not what HubSpot signed for this card.
      assertRejected(get(fetch).send());
      // The actions' origin is not the fetch's.
      assertRejected(get(fetch).signedAs(ACTION_ORIGIN + fetch).send());
      assertRejected(get(fetch).signedAs("http://www.example.com" + fetch).send());
      String hook = "/declared/tickets/245?" + DEFAULTS;
      assertRejected(call("DELETE", hook).signedAs(FETCH_ORIGIN + hook).send());
      assertThat(call("DELETE", hook).signedAs(ACTION_ORIGIN + hook).send().statusCode())
          .isEqualTo(200);
    }
  }

  /**
   * HubSpot's local development proxy signs for the local URL it calls, and v3 over it as sent:
   * accepted with {@code acceptLocalProxy(true)} only, and nothing else with it.
   */
  @Nested
  class LocalProxySignatures {
    final String fetch = "/demo-fetch?" + DEFAULTS;
    final String hook = "/tickets/245/resolve?" + DEFAULTS;

    HttpResponse<String> fetchAt(String prefix) throws Exception {
      return get(prefix + fetch).asLocalProxy().send();
    }

    Call hookAt(String prefix) {
      return call("PUT", prefix + hook).body("application/json", "{" + JSON_DEFAULTS + "}")
          .asLocalProxy();
    }

    @Test
    void aFetchAndAHookSignedAsTheLocalProxySignsThemAreAcceptedWithTheOption() throws Exception {
      assertThat(fetch).as("the card UI's own fetch has an escaped @").contains("%40");
      HttpResponse<String> fetched = fetchAt("/local");
      assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
      assertThat(json(fetched).path("userEmail").asText()).isEqualTo("loggedinuser@hubspot.com");
      HttpResponse<String> resolved = hookAt("/local").send();
      assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
      assertThat(MAPPER.readTree(json(resolved).path("message").asText()).path("id").asLong())
          .isEqualTo(245);
      // HubSpot's own v3 rule over the local URL, as a tool playing the proxy may sign it.
      assertThat(get("/local" + fetch).versions(SignatureVersion.V3).send().statusCode())
          .isEqualTo(200);
      // What HubSpot itself signs still verifies.
      assertThat(get("/local" + fetch).signedAs(FETCH_ORIGIN + "/local" + fetch).send()
          .statusCode()).isEqualTo(200);
    }

    @Test
    void withoutTheOptionTheLocalUrlSignatureIs401() throws Exception {
      assertRejected(fetchAt("/declared"));
      assertRejected(hookAt("/declared").send());
      assertRejected(get("/declared" + fetch).versions(SignatureVersion.V3).send());
    }

    @Test
    void forgedStaleOrForAnotherUrlIs401WithTheOption() throws Exception {
      assertRejected(get("/local" + fetch).asLocalProxy().secret(OTHER_SECRET).send());
      assertRejected(hookAt("/local").secret(OTHER_SECRET).send());
      long stale = TS - FIVE_MINUTES - 1000;
      assertRejected(get("/local" + fetch).asLocalProxy().timestamp(stale).send());
      assertRejected(hookAt("/local").timestamp(stale).send());
      assertRejected(get("/local" + fetch).asLocalProxy()
          .signedAs("http://localhost:1" + "/local" + fetch).send());
      assertRejected(hookAt("/local").signedBody("{}").send());
      // Unknown paths stay 401 unless signed: nothing is revealed before verification.
      assertRejected(get("/local/unknown?" + DEFAULTS).asLocalProxy().secret(OTHER_SECRET).send());
      assertMessage(get("/local/unknown?" + DEFAULTS).asLocalProxy().send(), 404, "no such route");
    }
  }

  @Nested
  class ManyCards {
    @Test
    void eachCardAnswersItsOwnPaths() throws Exception {
      for (String card : List.of("bugs", "deals", "companies")) {
        HttpResponse<String> response = get("/multi/" + card + "?" + DEFAULTS).send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("card").asText()).isEqualTo(card);
      }
      assertMessage(
          call("POST", "/multi/deals/8/close")
              .body("application/x-www-form-urlencoded", DEFAULTS)
              .versions(SignatureVersion.V3)
              .send(),
          200, "deals 8 closed");
    }

    @Test
    void andTheRestIsRejected() throws Exception {
      assertMessage(get("/multi/tickets?" + DEFAULTS).send(), 404, "no such route");
      assertRejected(get("/multi/deals?" + DEFAULTS).unsigned().send());
      HttpResponse<String> wrong = call("DELETE", "/multi/deals/8/close").send();
      assertMessage(wrong, 405, "method not allowed");
      assertThat(wrong.headers().firstValue("Allow")).hasValue("POST");
    }
  }
}

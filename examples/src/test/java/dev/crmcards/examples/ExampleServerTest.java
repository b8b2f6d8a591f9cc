package dev.crmcards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example server on real Jetty: the curl it prints, the converter's requests, the hooks. */
class ExampleServerTest {
  private static final String SECRET = "example-test-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private ExampleServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = ExampleServer.start(0, CardSettings.builder().clientSecret(SECRET).build());
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @Test
  void answersTheCurlItPrintsWith200() throws Exception {
    String curl = ExampleServer.curlCommand(base, ExampleServer.FETCH_ORIGIN, SECRET, System.currentTimeMillis());
    HttpResponse<String> response = runCurl(curl);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(JSON.readTree(response.body()).at("/results/0/objectId").asLong()).isEqualTo(245);
  }

  @Test
  void answersTheOrdersCurlItPrintsWithTheSecondPage() throws Exception {
    String curl = ExampleServer.curlCommand(
        base, ExampleServer.FETCH_ORIGIN, SECRET, "/orders?" + ExampleServer.ORDERS_QUERY, System.currentTimeMillis());
    HttpResponse<String> response = runCurl(curl);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(response.body());
    assertThat(answer.path("results")).hasSize(10);
    assertThat(answer.path("total").asLong()).isEqualTo(200);
    assertThat(answer.has("summary")).as("page 2 has no summary").isFalse();
  }

  /** Sends the request a printed curl command makes: its URL and headers. */
  private HttpResponse<String> runCurl(String curl) throws Exception {
    Matcher url = Pattern.compile("curl -s '([^']+)'").matcher(curl);
    assertThat(url.find()).isTrue();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.group(1)));
    Matcher header = Pattern.compile("-H '([^:]+): ([^']+)'").matcher(curl);
    while (header.find()) {
      request.header(header.group(1), header.group(2));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUnsignedFetchIsRefused() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/demo-fetch?" + ExampleServer.GUIDE_QUERY)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(response.body()).has("message")).isTrue();

    // v2 alone carries no timestamp, so the server's defaults refuse it too.
    HttpResponse<String> v2 = send("GET", base + "/demo-fetch?" + ExampleServer.GUIDE_QUERY,
        new byte[0], null, SignatureVersion.V2);
    assertThat(v2.statusCode()).isEqualTo(401);
  }

  @Test
  void jettysOwnRefusalsAreJsonToo() throws Exception {
    int port = URI.create(base).getPort();
    // A bad escape and an empty segment in the path, a URI too long, headers too large: Jetty
    // refuses each before the card servlet runs.
    for (String request : java.util.List.of(
        "GET /demo-fetch%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "GET /tickets//resolve HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "GET /tickets//resolve HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n",
        "GET /" + "x".repeat(9000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "GET /demo-fetch HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "y".repeat(9000) + "\r\n")) {
      dev.crmcards.servlet.RawHttp.Response response = dev.crmcards.servlet.RawHttp.once(
          port, (request + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8), 5_000, false);
      String shown = request.substring(0, 40);
      assertThat(response.status()).as(shown).isBetween(400, 499);
      assertThat(response.header("Content-Type")).as(shown).startsWith("application/json");
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.path("message").asText()).as(shown).isNotBlank();
      assertThat(body.size()).as(shown).isEqualTo(1);
    }
  }

  @Test
  void resolvesATicketTheConvertersWayThenHidesResolve() throws Exception {
    String url = base + "/tickets/245/resolve?" + ExampleServer.GUIDE_QUERY + "&appId=4242";
    byte[] body =
        "{\"userId\":\"12345\",\"userEmail\":\"loggedinuser@hubspot.com\",\"associatedObjectId\":\"53701\",\"associatedObjectType\":\"CONTACT\",\"portalId\":\"987654\"}"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> resolved = send("PUT", url, body, "application/json", SignatureVersion.V3);
    assertThat(resolved.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(resolved.body()).path("message").asText()).isEqualTo("Ticket 245 resolved.");

    HttpResponse<String> again = send("PUT", url, body, "application/json", SignatureVersion.V3);
    assertThat(again.statusCode()).isEqualTo(409);

    HttpResponse<String> fetch = send("GET", base + "/demo-fetch?" + ExampleServer.GUIDE_QUERY, new byte[0], null, SignatureVersion.V3);
    JsonNode actions = JSON.readTree(fetch.body()).at("/results/0/actions");
    assertThat(actions.findValuesAsText("label")).containsExactly("Edit", "Delete");
  }

  @Test
  void deletesTheLegacyWayButNotForProtectedAccounts() throws Exception {
    String url = base + "/tickets/988?" + ExampleServer.GUIDE_QUERY;
    HttpResponse<String> refused = send("DELETE", url + "&protected_account=true", new byte[0], null, SignatureVersion.V3);
    assertThat(refused.statusCode()).isEqualTo(403);
    HttpResponse<String> deleted = send("DELETE", url + "&protected_account=false", new byte[0], null, SignatureVersion.V3);
    assertThat(deleted.statusCode()).isEqualTo(200);
    HttpResponse<String> gone = send("DELETE", url + "&protected_account=false", new byte[0], null, SignatureVersion.V3);
    assertThat(gone.statusCode()).isEqualTo(404);
  }

  @Test
  void aBadTicketIdIsA400() throws Exception {
    HttpResponse<String> response =
        send("PUT", base + "/tickets/abc/resolve?" + ExampleServer.GUIDE_QUERY, new byte[0], null, SignatureVersion.V3);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("message").asText()).contains("id");
  }

  @Test
  void answersTheGuidesFetchAndResolveSignedForTheDeclaredUrls() throws Exception {
    String fetch = "/demo-fetch?" + ExampleServer.GUIDE_QUERY;
    HttpResponse<String> fetched = signedFor("https://www.example.com" + fetch, "GET", base + fetch,
        new byte[0], null, SignatureVersion.V3);
    assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
    String resolve = "/tickets/245/resolve";
    byte[] form = ExampleServer.GUIDE_QUERY.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> resolved = signedFor("https://example.com" + resolve, "PUT", base + resolve,
        form, "application/x-www-form-urlencoded", SignatureVersion.V3);
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    // Signed for the address the server listens on instead: not what HubSpot signs.
    assertThat(signedFor(base + fetch, "GET", base + fetch, new byte[0], null, SignatureVersion.V3)
        .statusCode()).isEqualTo(401);
  }

  /** Sends to {@code url}, signed as HubSpot signs the URL the card declares for it. */
  private HttpResponse<String> send(String method, String url, byte[] body, String contentType, SignatureVersion version)
      throws Exception {
    String path = url.substring(base.length());
    String origin = path.startsWith("/demo-fetch") ? ExampleServer.FETCH_ORIGIN : ExampleServer.ACTION_ORIGIN;
    return signedFor(origin + path, method, url, body, contentType, version);
  }

  private HttpResponse<String> signedFor(
      String signedUrl, String method, String url, byte[] body, String contentType, SignatureVersion version)
      throws Exception {
    Map<String, String> headers =
        SignatureVerifier.signedHeaders(SECRET, method, signedUrl, body, System.currentTimeMillis(), version);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Runs what main runs with this environment; returns what it printed. */
  private static String launch(Map<String, String> environment) throws Exception {
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    ExampleServer launched = ExampleServer.launch(environment::get,
        new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    launched.stop();
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theBannerSaysWhatIsVerified() throws Exception {
    String declared = launch(Map.of("PORT", "0", "HUBSPOT_CLIENT_SECRET", SECRET));
    assertThat(declared)
        .contains("verifies     the data fetch as signed for https://www.example.com and the"
            + " actions for https://example.com, as the card declares")
        .contains("listening on loopback, as signed for the URL it arrives at")
        .contains("as hs project dev's local proxy signs");

    String proxied = launch(Map.of("PORT", "0", "HUBSPOT_CLIENT_SECRET", SECRET,
        "PUBLIC_BASE_URL", "https://www.example.com"));
    assertThat(proxied)
        .contains("verifies     every request as signed for https://www.example.com"
            + " (PUBLIC_BASE_URL)")
        .doesNotContain("as the card declares");
  }

  @Test
  void aBadSettingIsNamedWithoutAStackTrace() throws Exception {
    Map<Map<String, String>, String> cases = Map.of(
        Map.of("PORT", "abc"), "PORT must be a port number from 0 to 65535 (0 picks a free one), got abc",
        Map.of("PORT", "70000"), "PORT must be a port number from 0 to 65535 (0 picks a free one), got 70000",
        Map.of("PORT", "0", "HANDLER_TIMEOUT_MS", "soon"), "HANDLER_TIMEOUT_MS must be a whole number of milliseconds, got soon",
        Map.of("PORT", "0", "PUBLIC_BASE_URL", "ftp://cards.example.com"), "PUBLIC_BASE_URL: ");
    cases.forEach((environment, message) ->
        assertThatThrownBy(() -> launch(environment)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message));
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> launch(Map.of("PORT", String.valueOf(taken.getLocalPort()))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .hasMessageContaining("set PORT to another one (PORT=0 picks a free one)");
    }
  }

  @Test
  void theBannerNamesTheNextStep() throws Exception {
    assertThat(launch(Map.of("PORT", "0", "HUBSPOT_CLIENT_SECRET", SECRET)))
        .contains("  java -jar cli/target/crmcards-cli.jar check --definitions examples/target/crmcards-examples.jar \\\n"
            + "    --card bug-tracker --url http://127.0.0.1:");
  }

  @Test
  void rotatingSecretsMayBeWrittenWithSpaces() throws Exception {
    String printed = launch(Map.of("PORT", "0", "HUBSPOT_CLIENT_SECRET", " " + SECRET + ", an-older-secret "));
    assertThat(printed).contains("listening on loopback");
  }
}

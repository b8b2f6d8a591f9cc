package dev.crmcards.apptests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.CrmCardsCli;
import dev.crmcards.examples.ExampleServer;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's own local development proxy ({@code hs project dev}'s, from
 * {@code @hubspot/ui-extensions-dev-server}) run under node in front of the example server as the
 * README's first command starts it (here on a free port, without {@code PUBLIC_BASE_URL}): the
 * card's data fetch, with the card UI's escaped {@code userEmail}, and a hook, signed by the proxy
 * for the local URL, get 200; a server that does not accept local proxy signatures, or a proxy
 * with another secret, gets 401, which the proxy wraps in its envelope; and a request signed as
 * the proxy signs, but stale, gets 401 from the example server too.
 */
class LocalProxyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "local-proxy-test-secret";
  private static final String QUERY =
      "userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654&appId=4242&firstname=Tim"
          + "&email=timrobinson%40itysl.com&lastname=Robinson";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<AutoCloseable> STARTED = new ArrayList<>();
  private static ExampleServer example;
  private static String banner;

  @BeforeAll
  static void start() throws Exception {
    NodeTools.requireNpm();
    NodeTools.installLocked(NodeTools.HARNESS);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    example = ExampleServer.launch(
        Map.of("PORT", "0", CardSettings.CLIENT_SECRET_VARIABLE, SECRET)::get,
        new PrintStream(printed, true, UTF_8));
    STARTED.add(example::stop);
    banner = printed.toString(UTF_8);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable each : STARTED) {
      each.close();
    }
  }

  /**
   * HubSpot's local proxy with this secret and the map {@code app --local-url localUrl} writes for
   * the example's cards, read from the local.json it wrote.
   */
  private static int proxy(String localUrl, String secret) throws Exception {
    Path project = Files.createTempDirectory(NodeTools.BUILD, "local-proxy-");
    StringWriter printed = new StringWriter();
    int code = CrmCardsCli.execute(
        new String[] {"app", "--definitions", NodeTools.REPOSITORY.resolve("examples/target/classes").toString(),
            "--out", project.toString(), "--local-url", localUrl},
        Map.of(), new PrintWriter(printed), new PrintWriter(printed));
    assertThat(code).as(printed.toString()).isZero();
    ProcessBuilder builder =
        new ProcessBuilder("node", "local-proxy.mjs")
            .directory(NodeTools.HARNESS.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(Map.of(
        "LOCAL_JSON", project.resolve("src/app/local.json").toString(), "CLIENT_SECRET", secret));
    Process node = builder.start();
    STARTED.add(() -> {
      node.getOutputStream().close();
      if (!node.waitFor(10, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    });
    BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), UTF_8));
    // A node that dies or never listens must fail the test, not hang it.
    String line = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (java.io.IOException e) {
        return null;
      }
    }).get(60, TimeUnit.SECONDS);
    assertThat(line).as("the proxy started").startsWith("listening on ");
    return Integer.parseInt(line.substring("listening on ".length()).strip());
  }

  /** What the card's hubspot.fetch sends the local proxy, and the proxy's answer. */
  private static JsonNode fetchThrough(int proxyPort, String method, String requestUri,
      ObjectNode requestBody) throws Exception {
    ObjectNode call = JSON.createObjectNode()
        .put("requestUri", requestUri)
        .put("method", method)
        .put("requestTimeoutMillis", 15_000);
    if (requestBody != null) {
      call.set("requestBody", requestBody);
    }
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + "/proxy"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(call)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode answer = JSON.readTree(response.body());
    assertThat(answer.path("context").path("appServerStatusCode").path(0).asText())
        .as("the card server's status, as the proxy reports it: %s", response.body())
        .isNotEmpty();
    return answer;
  }

  private static String status(JsonNode answer) {
    return answer.path("context").path("appServerStatusCode").path(0).asText();
  }

  private static ObjectNode hookBody() {
    return JSON.createObjectNode()
        .put("userId", "12345").put("userEmail", "loggedinuser@hubspot.com")
        .put("associatedObjectId", "53701").put("associatedObjectType", "CONTACT")
        .put("portalId", "987654");
  }

  @Test
  void theExampleServerOnLoopbackAnswersTheLocalProxysFetchAndHook() throws Exception {
    assertThat(banner).contains("as hs project dev's local proxy signs");
    int proxy = proxy("http://localhost:" + example.port(), SECRET);

    JsonNode fetched = fetchThrough(proxy, "GET",
        "https://www.example.com/demo-fetch?" + QUERY, null);
    assertThat(status(fetched)).as(fetched.toString()).isEqualTo("200");
    assertThat(fetched.path("status").asText()).isEqualTo("success");
    assertThat(fetched.path("responseBody").path("results").path(0).path("objectId").asLong())
        .isEqualTo(245);

    JsonNode resolved = fetchThrough(proxy, "PUT",
        "https://example.com/tickets/245/resolve?" + QUERY, hookBody());
    assertThat(status(resolved)).as(resolved.toString()).isEqualTo("200");
    assertThat(resolved.path("responseBody").path("message").asText())
        .isEqualTo("Ticket 245 resolved.");
  }

  /**
   * A hook whose URI ends with a slash keeps it through the proxy, as local.json's slash asks: the
   * request is signed for the URL it is sent to, so the server verifies it and only then finds no
   * route (404), where a map without the slash had the proxy sign one URL and send another (401).
   */
  @Test
  void aUriEndingWithASlashIsSignedAsItIsSent() throws Exception {
    int proxy = proxy("http://localhost:" + example.port(), SECRET);
    for (String uri : List.of("https://example.com/", "https://example.com/tickets/")) {
      JsonNode answer = fetchThrough(proxy, "POST", uri, hookBody());
      assertThat(status(answer)).as(uri + ": " + answer).isEqualTo("404");
    }
  }

  @Test
  void aStaleLocalProxySignatureGets401() throws Exception {
    String url = "http://localhost:" + example.port() + "/demo-fetch?" + QUERY;
    long now = System.currentTimeMillis();
    // The same request signed the same way is accepted now: only its age is refused below.
    assertThat(signedAsSentAt(url, now).statusCode()).isEqualTo(200);
    HttpResponse<String> stale = signedAsSentAt(url, now - Duration.ofMinutes(6).toMillis());
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(stale.body()).path("message").asText())
        .isEqualTo("missing or invalid signature");
  }

  /** A GET of {@code url} with a v3 signature made as the local proxy makes it, dated {@code millis}. */
  private static HttpResponse<String> signedAsSentAt(String url, long millis) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    request.header("X-HubSpot-Signature-v3",
        SignatureVerifier.signV3AsSent(SECRET, "GET", url, new byte[0], millis));
    request.header("X-HubSpot-Request-Timestamp", Long.toString(millis));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aServerWithoutTheOptionOrAProxyWithAnotherSecretGets401() throws Exception {
    ExampleServer strict =
        ExampleServer.start(0, CardSettings.builder().clientSecret(SECRET).build());
    STARTED.add(strict::stop);
    int toStrict = proxy("http://localhost:" + strict.port(), SECRET);
    JsonNode refused = fetchThrough(toStrict, "GET",
        "https://www.example.com/demo-fetch?" + QUERY, null);
    assertThat(status(refused)).as(refused.toString()).isEqualTo("401");
    assertThat(refused.path("status").asText()).isEqualTo("error");

    int forged = proxy("http://localhost:" + example.port(), "not-the-app-secret");
    JsonNode forgedFetch = fetchThrough(forged, "GET",
        "https://www.example.com/demo-fetch?" + QUERY, null);
    assertThat(status(forgedFetch)).as(forgedFetch.toString()).isEqualTo("401");
    JsonNode forgedHook = fetchThrough(forged, "PUT",
        "https://example.com/tickets/245/resolve?" + QUERY, hookBody());
    assertThat(status(forgedHook)).as(forgedHook.toString()).isEqualTo("401");
  }
}

package dev.crmcards.micrometer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.servlet.CardServlet;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The observer as a user without Spring sets it up: on the settings of a servlet, over HTTP. */
class MicrometerCardObserverTest {
  private static final String SECRET = "micrometer-test-secret";
  private static final String ORIGIN = "https://cards.example.test";
  private static final String QUERY =
      "?userId=1&userEmail=a%40example.test&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=42";

  private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private static Server jetty;
  private static final HttpClient http = HttpClient.newHttpClient();
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    CardRoutes bugs =
        CardRoutes.builder("bugs")
            .fetch(ORIGIN + "/hubspot/bugs", request -> json -> json.raw("{\"results\":[]}".getBytes(UTF_8)))
            .hook(HttpMethod.PUT, ORIGIN + "/hubspot/bugs/{id}/resolve",
                (request, path) -> ActionResult.ok("resolved " + path.longValue("id")))
            .build();
    CardSettings settings =
        CardSettings.builder()
            .clientSecret(SECRET)
            .observer(new MicrometerCardObserver(registry))
            .build();
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder servlet = new ServletHolder(new CardServlet(bugs, settings));
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, "/*");
    jetty.setHandler(context);
    jetty.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  @Test
  void timesSignedRequestsByCardRouteTemplateAndOutcome() throws Exception {
    long fetches = timerCount("bugs", "GET /hubspot/bugs", "SUCCESS");
    long hooks = timerCount("bugs", "PUT /hubspot/bugs/{id}/resolve", "SUCCESS");
    assertThat(send("GET", "/hubspot/bugs" + QUERY, "", true)).isEqualTo(200);
    assertThat(send("PUT", "/hubspot/bugs/1001/resolve" + QUERY, "", true)).isEqualTo(200);
    assertThat(send("PUT", "/hubspot/bugs/1002/resolve" + QUERY, "", true)).isEqualTo(200);

    awaitTimerCount("bugs", "GET /hubspot/bugs", "SUCCESS", fetches + 1);
    awaitTimerCount("bugs", "PUT /hubspot/bugs/{id}/resolve", "SUCCESS", hooks + 2);
  }

  @Test
  void countsSignatureFailuresByReason() throws Exception {
    double missing = failures("MISSING");
    double mismatch = failures("MISMATCH");

    assertThat(send("GET", "/hubspot/bugs" + QUERY, "", false)).isEqualTo(401);
    assertThat(sendForged("GET", "/hubspot/bugs" + QUERY)).isEqualTo(401);

    assertThat(failures("MISSING")).isEqualTo(missing + 1);
    assertThat(failures("MISMATCH")).isEqualTo(mismatch + 1);
    awaitTimerCount("bugs", "GET /hubspot/bugs", "UNAUTHORIZED", 2);
    // Every reason is there from the start, so that a rate can be read before the first failure.
    assertThat(failures("TIMESTAMP_TOO_OLD")).isZero();
  }

  @Test
  void tagsNeverHoldConcreteUrlsQueriesOrSecrets() throws Exception {
    send("PUT", "/hubspot/bugs/777123/resolve" + QUERY, "", true);
    send("GET", "/not-a-card/777123" + QUERY, "", true);
    send("GET", "/hubspot/bugs" + QUERY, "", false);
    awaitTimerCount("none", "none", "NOT_FOUND", 1);

    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertThat(tag.getValue()).doesNotContain("777123", SECRET, "53701", "example.test", "?");
      }
    }
  }

  private static long timerCount(String card, String route, String outcome) {
    var timer =
        registry.find(MicrometerCardObserver.REQUESTS)
            .tags("card", card, "route", route, "outcome", outcome)
            .timer();
    return timer == null ? 0 : timer.count();
  }

  /**
   * Waits until the timer has counted at least {@code expected} requests: requests are timed until
   * their answer has been sent, so the count may follow the answer by a moment.
   */
  private static void awaitTimerCount(String card, String route, String outcome, long expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (timerCount(card, route, outcome) < expected && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(timerCount(card, route, outcome)).isGreaterThanOrEqualTo(expected);
  }

  private static double failures(String reason) {
    return registry.get(MicrometerCardObserver.SIGNATURE_FAILURES).tag("reason", reason).counter()
        .count();
  }

  /** Sends a request, signed as HubSpot signs it for the card's declared origin if asked. */
  private static int send(String method, String pathAndQuery, String body, boolean signed)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (signed) {
      SignatureVerifier.signedHeaders(SECRET, method, ORIGIN + pathAndQuery, body.getBytes(UTF_8),
              System.currentTimeMillis())
          .forEach(request::header);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static int sendForged(String method, String pathAndQuery) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody());
    SignatureVerifier.signedHeaders("not-the-secret", method, ORIGIN + pathAndQuery, new byte[0],
            System.currentTimeMillis())
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}

package dev.crmcards.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.HttpMethod;
import dev.crmcards.Property;
import dev.crmcards.examples.bugtracker.BugReport;
import dev.crmcards.examples.bugtracker.BugTicket;
import dev.crmcards.examples.bugtracker.Reschedule;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.servlet.RawHttp;
import dev.crmcards.servlet.ServletContainer;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many threads calling the generated card's fetch and hooks at once, each answer compared byte for
 * byte with the answer computed alone beforehand; and the generated class holds nothing mutable
 * that threads could share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrencyContract {
  static final String SECRET = "concurrency-test-secret";
  static final int THREADS = 16;
  static final int CALLS_PER_THREAD = 400;
  static final int DISTINCT = 64;
  static final ObjectMapper JSON = new ObjectMapper();

  abstract ServletContainer newContainer();

  /** One request: its bytes, and the status and body it must get. */
  record Exchange(String name, byte[] request, int status, byte[] body) {}

  private ServletContainer container;
  private int port;
  private final List<Exchange> exchanges = new ArrayList<>();

  /** Answers from the request alone, so that every answer is known in advance. */
  static final class EchoHandler implements BugTicketCrmCard.Handler {
    @Override
    public CardResponse<BugTicket> fetch(FetchRequest request) {
      List<BugTicket> tickets = new ArrayList<>();
      for (int i = 0; i < 1 + (int) (request.userId() % 5); i++) {
        long id = request.associatedObjectId() * 10 + i;
        tickets.add(new BugTicket(
            id,
            "Ticket " + i + " for " + request.userEmail() + " \"" 
                + request.property("firstname").orElse("?") + "\"",
            i % 2 == 0 ? URI.create("https://example.com/t/" + id) : null,
            LocalDate.of(2026, 1 + (int) (id % 12), 1 + i),
            "HIGH",
            "Project \u00e9\u00e8 " + request.portalId(),
            i == 1 ? null : "user" + request.userId() + "@example.com",
            "Line one\nline two\ttabbed \u2028 " + request.properties(),
            "Support Rep",
            i % 2 == 0 ? "In Progress" : "Resolved",
            "Bug",
            LocalDate.of(2026, 2, 3),
            i == 2 ? List.of(Property.string("Note", "n" + id)) : List.of()));
      }
      return CardResponse.of(tickets);
    }

    @Override
    public ActionResult resolve(ActionRequest request, long id) {
      return ActionResult.ok("resolved " + id + " for " + request.userEmail() + " "
          + request.properties());
    }

    @Override
    public ActionResult delete(ActionRequest request, long id) {
      return id % 2 == 0
          ? ActionResult.error(403, "ticket " + id + " of " + request.userId() + " is protected")
          : ActionResult.ok("deleted " + id);
    }

    @Override
    public ActionResult reportBug(ActionRequest request, BugReport form) {
      return ActionResult.ok("reported " + form);
    }

    @Override
    public ActionResult reschedule(ActionRequest request, long id, Reschedule form) {
      return ActionResult.ok("rescheduled " + id + " to " + form.due());
    }
  }

  @BeforeAll
  void start() throws Exception {
    EchoHandler handler = new EchoHandler();
    container = newContainer();
    String base = container.start(Map.of("",
        BugTicketCrmCard.servlet(handler,
            // v2 alone verifies too: the requests mix both versions' checks.
            CardSettings.builder().clientSecret(SECRET).requireV3(false).build())));
    port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));

    for (int k = 0; k < DISTINCT; k++) {
      String query = "userId=" + (1000 + k) + "&userEmail=" + enc("user" + k + "@example.com")
          + "&associatedObjectId=" + (500 + k) + "&associatedObjectType=CONTACT&portalId=" + (77 + k)
          + "&firstname=" + enc("J\u00f6rg-" + k) + "&lastname=" + enc("O'Brien & Sons " + k);
      switch (k % 4) {
        case 0, 1 -> {
          FetchRequest fetch = FetchRequest.parse(query);
          ByteArrayOutputStream body = new ByteArrayOutputStream();
          BugTicketCrmCard.writeJson(handler.fetch(fetch), body);
          exchanges.add(new Exchange("fetch #" + k,
              request("GET", "/demo-fetch?" + query, null, null,
                  k % 4 == 0 ? SignatureVersion.V2 : SignatureVersion.V3),
              200, body.toByteArray()));
        }
        case 2 -> {
          String form = query + "&protected_account=" + (k % 8 == 2);
          ActionRequest action = ActionRequest.parse(HttpMethod.PUT, null,
              "application/x-www-form-urlencoded", form.getBytes(UTF_8));
          ActionResult result = handler.resolve(action, 900 + k);
          exchanges.add(new Exchange("resolve #" + k,
              request("PUT", "/tickets/" + (900 + k) + "/resolve", form,
                  "application/x-www-form-urlencoded", SignatureVersion.V3),
              result.status(), message(result)));
        }
        default -> {
          String target = "/tickets/" + (900 + k) + "?" + query + "&protected_account=true";
          ActionRequest action = ActionRequest.parse(HttpMethod.DELETE,
              target.substring(target.indexOf('?') + 1), null, new byte[0]);
          ActionResult result = handler.delete(action, 900 + k);
          exchanges.add(new Exchange("delete #" + k,
              request("DELETE", target, null, null, SignatureVersion.V2),
              result.status(), message(result)));
        }
      }
    }
  }

  @AfterAll
  void stop() throws Exception {
    container.stop();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  private static byte[] message(ActionResult result) throws Exception {
    return JSON.writeValueAsBytes(Map.of("message", result.message()));
  }

  private byte[] request(String method, String target, String body, String contentType,
      SignatureVersion version) {
    byte[] content = body == null ? new byte[0] : body.getBytes(UTF_8);
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n");
    // Signed as HubSpot signs it: for the URL the card declares.
    String origin = target.startsWith("/demo-fetch") ? ExampleServer.FETCH_ORIGIN : ExampleServer.ACTION_ORIGIN;
    SignatureVerifier.signedHeaders(SECRET, method, origin + target, content,
            System.currentTimeMillis(), version)
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(UTF_8));
    out.writeBytes(content);
    return out.toByteArray();
  }

  @Test
  void everyAnswerIsExactlyTheOneComputedAlone() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(threads.submit(() -> {
          go.await();
          int checked = 0;
          // One kept-alive connection per thread, renewed now and then.
          RawHttp.Connection connection = new RawHttp.Connection(port, 10_000);
          try {
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
              if (i % 100 == 99) {
                connection.close();
                connection = new RawHttp.Connection(port, 10_000);
              }
              Exchange exchange = exchanges.get((thread * 7 + i * 13) % exchanges.size());
              RawHttp.Response response = connection.send(exchange.request());
              assertThat(response.status()).as(exchange.name()).isEqualTo(exchange.status());
              assertThat(response.header("Content-Type").replace(" ", "").toLowerCase())
                  .as(exchange.name()).isEqualTo("application/json;charset=utf-8");
              if (!java.util.Arrays.equals(response.body(), exchange.body())) {
                assertThat(new String(response.body(), UTF_8)).as(exchange.name())
                    .isEqualTo(new String(exchange.body(), UTF_8));
                assertThat(response.body()).as(exchange.name()).isEqualTo(exchange.body());
              }
              checked++;
            }
          } finally {
            connection.close();
          }
          return checked;
        }));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(120, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(THREADS * CALLS_PER_THREAD);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theGeneratedClassHoldsNothingMutable() throws Exception {
    for (Class<?> type : List.of(BugTicketCrmCard.class, BugTicketCrmCard.Handler.class)) {
      for (Field field : type.getDeclaredFields()) {
        assertThat(Modifier.isStatic(field.getModifiers()))
            .as("%s.%s is static", type.getSimpleName(), field.getName()).isTrue();
        assertThat(Modifier.isFinal(field.getModifiers()))
            .as("%s.%s is final", type.getSimpleName(), field.getName()).isTrue();
        if (field.getType().isArray()) {
          // Pre-encoded fragments: never handed out, so never changed.
          assertThat(Modifier.isPrivate(field.getModifiers()))
              .as("%s.%s is private", type.getSimpleName(), field.getName()).isTrue();
        } else {
          assertThat(field.getType()).as("%s.%s", type.getSimpleName(), field.getName())
              .isEqualTo(String.class);
        }
      }
    }
    // The writer takes the calling thread's own JsonOutput, never one kept in a field.
    Path source = Path.of("target/generated-sources/annotations/dev/crmcards/examples/bugtracker/"
        + "BugTicketCrmCard.java");
    if (Files.exists(source)) {
      String code = Files.readString(source);
      assertThat(code).contains("JsonOutput json = JsonOutput.forThisThread();")
          .doesNotContain("new JsonOutput(");
    }
  }
}

package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submitted form is a hook like any other on its way through the pipeline: the replay store
 * answers a copy with the first answer, the deadline holds, and the observer hears of it.
 */
class FormHookGuardsTest {
  static final String SECRET = "form-guards-secret";
  static final String ORIGIN = "https://cards.example.test";
  static final String QUERY =
      "?userId=1&userEmail=a%40b.c&associatedObjectId=7&associatedObjectType=TICKET&portalId=42";
  static final Duration DEADLINE = Duration.ofMillis(300);

  private final AtomicInteger calls = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private ReplayStore store;
  private CardPipeline pipeline;

  @BeforeEach
  void start() {
    store = ReplayStore.inMemory();
    RequestObserver observer = new RequestObserver() {
      @Override
      public void requestHandled(String card, String route, RequestOutcome outcome, long nanos) {
        heard.add(card + " " + route + " " + outcome);
      }
    };
    pipeline = CardPipeline.create(
        CardSettings.builder()
            .clientSecret(SECRET)
            .handlerTimeout(DEADLINE)
            .replayStore(store)
            .observer(observer)
            .build(),
        CardRoutes.builder("tickets")
            .form(HttpMethod.POST, ORIGIN + "/tickets/{id}/notes", (request, path, body) -> {
              int call = calls.incrementAndGet();
              if (path.string("id").equals("slow")) {
                release.await(); // interrupted at the deadline
              }
              return ActionResult.ok("note " + new String(body, StandardCharsets.UTF_8) + " call " + call);
            })
            .build());
  }

  @AfterEach
  void stop() {
    release.countDown();
    pipeline.close();
    store.close();
  }

  private static RawRequest form(String id, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String url = ORIGIN + "/tickets/" + id + "/notes" + QUERY;
    Map<String, String> headers = new LinkedHashMap<>(SignatureVerifier.signedHeaders(
        SECRET, "POST", url, body, System.currentTimeMillis()));
    headers.put("Content-Type", "application/json");
    return RawRequest.of("POST", url, headers, body);
  }

  @Test
  void aCopyOfASubmittedFormGetsTheFirstAnswerAndTheHandlerRunsOnce() {
    RawRequest request = form("7", "{\"text\":\"hi\"}");
    Answer first = pipeline.handle(request);
    Answer copy = pipeline.handle(request);
    assertThat(first.status()).isEqualTo(200);
    assertThat(copy.status()).isEqualTo(200);
    assertThat(copy.bodyText()).isEqualTo(first.bodyText()).contains("call 1");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFormHandlerPastTheDeadlineIsAnswered503AndTheObserverHearsIt() throws Exception {
    Answer late = pipeline.handle(form("slow", "{}"));
    assertThat(late.status()).isEqualTo(503);
    assertThat(late.bodyText()).doesNotContain("slow").doesNotContain("Interrupted");
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (heard.isEmpty() && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(heard).anyMatch(line -> line.startsWith("tickets ") && line.endsWith(" TIMED_OUT"));
  }

  @Test
  void anUnsignedFormNeverReachesItsHandler() {
    RawRequest signed = form("7", "{}");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    Answer answer = pipeline.handle(RawRequest.of("POST", ORIGIN + "/tickets/7/notes" + QUERY, headers,
        "{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(answer.status()).isEqualTo(401);
    assertThat(calls).hasValue(0);
    assertThat(pipeline.handle(signed).status()).isEqualTo(200);
  }
}

package dev.crmcards.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionResult;
import dev.crmcards.CapturedLog;
import dev.crmcards.HttpMethod;
import dev.crmcards.InvalidRequestException;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureException;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The pipeline in-process, without a container: what the test kit and other adapters call. */
class CardPipelineTest {
  static final String SECRET = "pipeline-test-secret";
  static final String QUERY =
      "userId=1&userEmail=a%40b.example&associatedObjectId=7&associatedObjectType=CONTACT"
          + "&portalId=42";
  static final String FETCH = "https://www.example.com/demo-fetch";
  static final String RESOLVE = "https://example.com/tickets/245/resolve";

  static CardRoutes routes() {
    return CardRoutes.builder("guide")
        .fetch(FETCH, request -> json -> json.raw(("{\"portal\":" + request.portalId() + "}")
            .getBytes(UTF_8)))
        .hook(HttpMethod.PUT, "https://example.com/tickets/{id}/resolve",
            (request, path) -> ActionResult.ok("resolved " + path.longValue("id")))
        .fetch("https://www.example.com/slow", request -> {
          Thread.sleep(10_000);
          return json -> {};
        })
        .build();
  }

  static RawRequest signed(String method, String url, byte[] body) {
    Map<String, String> headers =
        SignatureVerifier.signedHeaders(SECRET, method, url, body, System.currentTimeMillis());
    return RawRequest.of(method, url, headers, body);
  }

  /** Records what the observer hears. */
  static final class Recorder implements RequestObserver {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void requestHandled(String card, String route, RequestOutcome outcome, long nanos) {
      heard.add(card + " | " + route + " | " + outcome);
      assertThat(nanos).isPositive();
    }

    @Override
    public void signatureRejected(SignatureException.Reason reason) {
      heard.add("rejected " + reason);
    }
  }

  @Test
  void aReplayStoreBesideV2AloneIsWarnedOfOnce() {
    try (CapturedLog log = CapturedLog.of("test.pipeline.replay")) {
      List<LogRecord> records = log.records();
      CardSettings.Builder settings = CardSettings.builder().clientSecret(SECRET)
          .replayStore(ReplayStore.inMemory()).requireV3(false);
      CardPipeline.create(settings.build(), List.of(routes()), "test.pipeline.replay").close();
      assertThat(records).singleElement().satisfies(record -> {
        assertThat(record.getLevel()).isEqualTo(Level.WARNING);
        assertThat(record.getMessage()).isEqualTo(CardPipeline.REPLAY_STORE_WITHOUT_V3);
      });

      records.clear();
      CardPipeline.create(settings.requireV3(true).build(), List.of(routes()), "test.pipeline.replay").close();
      CardPipeline.create(
          CardSettings.builder().clientSecret(SECRET).build(), List.of(routes()), "test.pipeline.replay").close();
      assertThat(records).isEmpty();
    }
  }

  @Test
  void eachReasonToRefuseIsAWarningOnceAMinuteTheRestDebug() {
    try (CapturedLog log = CapturedLog.of("test.pipeline.unsigned");
        CardPipeline cards = CardPipeline.create(
            CardSettings.builder().clientSecret(SECRET).build(), List.of(routes()), "test.pipeline.unsigned")) {
      for (int i = 0; i < 3; i++) {
        assertThat(cards.handle(RawRequest.of("GET", FETCH + "?" + QUERY, Map.of(), null)).status()).isEqualTo(401);
      }
      Map<String, String> forged = SignatureVerifier.signedHeaders(
          "not-the-secret", "GET", FETCH + "?" + QUERY, new byte[0], System.currentTimeMillis());
      for (int i = 0; i < 3; i++) {
        assertThat(cards.handle(RawRequest.of("GET", FETCH + "?" + QUERY, forged, null)).status()).isEqualTo(401);
      }
      assertThat(log.records()).extracting(LogRecord::getLevel)
          .containsExactly(Level.WARNING, Level.FINE, Level.FINE, Level.WARNING, Level.FINE, Level.FINE);
      assertThat(log.records().get(0).getMessage()).contains("request rejected (MISSING)");
      assertThat(log.records().get(3).getMessage()).contains("request rejected (MISMATCH)");
    }
  }

  @Test
  void anUnsignedRequestIsRefusedBeforeItsBodyIsRead() {
    assertRefusedUnread(name -> name.equals("Content-Type") ? "application/json" : null, "MISSING");
  }

  /**
   * A PUT with {@code headers} to the resolve hook is answered 401, refused for {@code reason},
   * before its body is read.
   */
  private static void assertRefusedUnread(Function<String, String> headers, String reason) {
    Recorder recorder = new Recorder();
    try (CardPipeline cards = CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).maxBodyBytes(16).observer(recorder).build(), routes())) {
      List<Integer> asked = new ArrayList<>();
      Answer answer = cards.handle(
          RawRequest.of("PUT", "https://example.com/tickets/7/resolve", headers, recording(asked, null)));
      // Not 413: a request that is not HubSpot's learns no body limit, and nothing of its body is kept.
      assertThat(answer.status()).isEqualTo(401);
      assertThat(asked).containsExactly(0);
      assertThat(recorder.heard).contains("rejected " + reason);
    }
  }

  /** A v2 signature alone (a wrong one: it is refused either way). */
  private static final Map<String, String> V2_ONLY = Map.of(
      SignatureVerifier.SIGNATURE_HEADER, "00".repeat(32), SignatureVerifier.SIGNATURE_VERSION_HEADER, "v2");

  /** A body that notes each limit it is read with, and gives {@code bytes}. */
  private static RawRequest.Body recording(List<Integer> asked, byte[] bytes) {
    return max -> {
      asked.add(max);
      return bytes;
    };
  }

  @Test
  void aRequestSignedV2AloneIsRefusedBeforeItsBodyIsReadWhileV3IsRequired() {
    assertRefusedUnread(V2_ONLY::get, "VERSION_NOT_ACCEPTED");
    // Where v2 alone is taken, its body is read to check it.
    try (CardPipeline cards = CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).maxBodyBytes(16).requireV3(false).build(), routes())) {
      List<Integer> asked = new ArrayList<>();
      RawRequest request =
          RawRequest.of("PUT", "https://example.com/tickets/7/resolve", V2_ONLY::get, recording(asked, new byte[0]));
      assertThat(cards.handle(request).status()).isEqualTo(401);
      assertThat(asked).containsExactly(16);
    }
  }

  @Test
  void aLongPathIsShortenedInTheLog() {
    try (CapturedLog log = CapturedLog.of("test.pipeline.long");
        CardPipeline cards = CardPipeline.create(
            CardSettings.builder().clientSecret(SECRET).build(), List.of(routes()), "test.pipeline.long")) {
      String path = "/" + "x".repeat(7_000);
      cards.handle(RawRequest.of("GET", "https://cards.example.com" + path, Map.of(), null));
      assertThat(log.records()).singleElement().satisfies(record -> {
        assertThat(record.getMessage()).contains("x".repeat(100) + "...").doesNotContain("x".repeat(300));
        assertThat(record.getMessage().length()).isLessThan(400);
      });
    }
  }

  @Test
  void oneSignedRequestInOneCall() {
    Recorder recorder = new Recorder();
    try (CardPipeline cards = CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).observer(recorder).build(), routes())) {
      Answer fetched = cards.handle(signed("GET", FETCH + "?" + QUERY, new byte[0]));
      assertThat(fetched.status()).isEqualTo(200);
      assertThat(fetched.bodyText()).isEqualTo("{\"portal\":42}");
      assertThat(fetched.headers()).containsEntry("Content-Type", Answer.CONTENT_TYPE)
          .containsEntry("Cache-Control", "no-store");

      Answer resolved = cards.handle(signed("PUT", RESOLVE, QUERY.getBytes(UTF_8)));
      assertThat(resolved.status()).isEqualTo(200);
      assertThat(resolved.bodyText()).isEqualTo("{\"message\":\"resolved 245\"}");

      Answer unsigned = cards.handle(RawRequest.of("GET", FETCH + "?" + QUERY, Map.of(), null));
      assertThat(unsigned.status()).isEqualTo(401);
      Answer nowhere = cards.handle(RawRequest.of("POST", "https://x.example/n", Map.of(), null));
      assertThat(nowhere.status()).isEqualTo(401);
      assertThat(nowhere.headers()).doesNotContainKey("Allow");

      Answer wrongMethod = cards.handle(signed("POST", FETCH, new byte[0]));
      assertThat(wrongMethod.status()).isEqualTo(405);
      assertThat(wrongMethod.headers()).containsEntry("Allow", "GET");
      assertThat(cards.handle(signed("GET", "https://example.com/none", new byte[0])).status())
          .isEqualTo(404);

      assertThat(recorder.heard).containsExactly(
          "guide | GET /demo-fetch | SUCCESS",
          "guide | PUT /tickets/{id}/resolve | SUCCESS",
          "rejected MISSING",
          "guide | GET /demo-fetch | UNAUTHORIZED",
          "rejected MISSING",
          "none | none | UNAUTHORIZED",
          "none | none | METHOD_NOT_ALLOWED",
          "none | none | NOT_FOUND");
    }
  }

  /**
   * A handler may throw {@code InvalidRequestException} with whatever message it has at hand,
   * null included: still the pipeline's JSON 400, not an exception out of the pipeline.
   */
  @Test
  void aHandlersBadRequestWithoutAMessageIsStillA400() {
    CardRoutes routes = CardRoutes.builder("bare")
        .fetch(FETCH, request -> {
          throw new InvalidRequestException(null);
        })
        .hook(HttpMethod.PUT, "https://example.com/tickets/{id}/resolve", (request, path) -> {
          throw new InvalidRequestException(new IllegalArgumentException().getMessage());
        })
        .build();
    try (CardPipeline cards = CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).build(), routes)) {
      for (Answer answer : List.of(
          cards.handle(signed("GET", FETCH + "?" + QUERY, new byte[0])),
          cards.handle(signed("PUT", RESOLVE, QUERY.getBytes(UTF_8))))) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.bodyText()).isEqualTo("{\"message\":\"bad request\"}");
      }
    }
  }

  @Test
  void theGuardSeesVerifiedCallsAndMayAnswerInstead() {
    AtomicReference<VerifiedCall> seen = new AtomicReference<>();
    AtomicReference<Answer> learned = new AtomicReference<>();
    HandlerGuard guard = call -> {
      seen.set(call);
      if (call.hook() && seen.get() != null && learned.get() != null) {
        return HandlerGuard.Admission.answer(Answer.message(409, "already done"));
      }
      return HandlerGuard.Admission.proceed(new HandlerGuard.Outcome() {
        @Override
        public void answered(Answer answer) {
          learned.set(answer.copy());
        }

        @Override
        public void unanswered() {
          throw new AssertionError("the handler ran");
        }
      });
    };
    try (CardPipeline cards = CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).handlerGuard(guard).build(), routes())) {
      byte[] body = QUERY.getBytes(UTF_8);
      RawRequest request = signed("PUT", RESOLVE, body);
      assertThat(cards.handle(request).status()).isEqualTo(200);
      VerifiedCall call = seen.get();
      assertThat(call.card()).isEqualTo("guide");
      assertThat(call.route()).isEqualTo("PUT /tickets/{id}/resolve");
      assertThat(call.hook()).isTrue();
      assertThat(call.signedUrl()).isEqualTo(RESOLVE);
      assertThat(call.body()).isEqualTo(body);
      assertThat(call.signature().version()).isEqualTo(SignatureVersion.V3);
      assertThat(call.signatureValue()).isEqualTo(request.header("X-HubSpot-Signature-v3"));
      assertThat(learned.get().bodyText()).isEqualTo("{\"message\":\"resolved 245\"}");

      Answer again = cards.handle(request);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.bodyText()).isEqualTo("{\"message\":\"already done\"}");
    }
  }

  @Test
  void aMissedDeadlineIsA503() {
    try (CardPipeline cards = CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).handlerTimeout(Duration.ofMillis(200)).build(),
        routes())) {
      long start = System.nanoTime();
      Answer answer =
          cards.handle(signed("GET", "https://www.example.com/slow?" + QUERY, new byte[0]));
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.bodyText()).isEqualTo("{\"message\":\"the card did not answer in time\"}");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }
}

package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.replay.ReplayAnswer;
import dev.crmcards.replay.ReplayClaim;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.replay.ReplayStoreException;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import dev.crmcards.signature.VerifiedSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replay step in the core's pipeline, with the in-memory store. */
class ReplayGuardTest {

  private static final String SECRET = "replay-test-secret";
  private static final String ORIGIN = "https://cards.example.test";
  private static final String QUERY =
      "?userId=1&userEmail=a%40b.c&associatedObjectId=7&associatedObjectType=TICKET&portalId=42";
  private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
  /** The time of every request and of the pipeline's clock: nothing here waits for time. */
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Handler calls per ticket id. */
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final AtomicInteger fetches = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch entered = new CountDownLatch(1);
  private final ReplayStore store = ReplayStore.inMemory();
  private CardPipeline pipeline = pipeline(store, CLOCK, Duration.ofSeconds(4));

  @AfterEach
  void close() {
    release.countDown();
    pipeline.close();
  }

  private CardRoutes routes() {
    return CardRoutes.builder("tickets")
        .fetch(ORIGIN + "/tickets", request -> {
          fetches.incrementAndGet();
          return json -> json.raw("{\"results\":[]}".getBytes(StandardCharsets.UTF_8));
        })
        .hook(HttpMethod.POST, ORIGIN + "/tickets/{id}/resolve", (request, path) -> {
          String id = path.string("id");
          int call = calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
          switch (id) {
            case "fails":
              throw new IllegalStateException("the ticket system is down");
            case "missing":
              return ActionResult.error(404, "no ticket " + id);
            case "slow":
              entered.countDown();
              release.await();
              return ActionResult.ok("resolved slowly");
            default:
              return ActionResult.ok("resolved " + id + " on call " + call);
          }
        })
        .build();
  }

  private CardPipeline pipeline(ReplayStore replayStore, Clock clock, Duration timeout) {
    return pipeline(CardSettings.builder().replayStore(replayStore).clock(clock).handlerTimeout(timeout));
  }

  private CardPipeline pipeline(CardSettings.Builder settings) {
    return CardPipeline.create(settings.clientSecret(SECRET).build(), routes());
  }

  /** From here on, v2 alone verifies too, with the same store: for the tests of how its keys are kept. */
  private void takeV2Alone() {
    pipeline.close();
    pipeline = pipeline(CardSettings.builder().replayStore(store).clock(CLOCK).requireV3(false));
  }

  private static RawRequest hook(String id, long timestamp, SignatureVersion... versions) {
    String url = ORIGIN + "/tickets/" + id + "/resolve" + QUERY;
    Map<String, String> headers =
        new LinkedHashMap<>(SignatureVerifier.signedHeaders(SECRET, "POST", url, BODY, timestamp,
            versions));
    headers.put("Content-Type", "application/json");
    return RawRequest.of("POST", url, headers, BODY);
  }

  private static RawRequest fetch(long timestamp) {
    String url = ORIGIN + "/tickets" + QUERY;
    return RawRequest.of("GET", url,
        SignatureVerifier.signedHeaders(SECRET, "GET", url, new byte[0], timestamp), new byte[0]);
  }

  private int calls(String id) {
    AtomicInteger count = calls.get(id);
    return count == null ? 0 : count.get();
  }

  @Test
  void aRepeatedHookGetsTheFirstAnswerWithoutRunningAgain() {
    RawRequest request = hook("1", NOW.toEpochMilli());
    Answer first = pipeline.handle(request);
    Answer second = pipeline.handle(request);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.bodyText()).isEqualTo("{\"message\":\"resolved 1 on call 1\"}");
    assertThat(second.status()).isEqualTo(first.status());
    assertThat(second.bodyText()).isEqualTo(first.bodyText());
    assertThat(second.headers()).containsEntry("Content-Type", Answer.CONTENT_TYPE);
    assertThat(calls("1")).isEqualTo(1);
  }

  /**
   * The verifier reads a v3 URL's {@code %40} as {@code @}, Base64 with or without its padding and
   * a space for its {@code +}, and hex in either case: a copy spelled otherwise still verifies, so
   * it must still be the same request to the store.
   */
  @Test
  void aCopySpelledOtherwiseIsStillTheSameRequest() {
    long now = NOW.toEpochMilli();
    String url = ORIGIN + "/tickets/1/resolve" + QUERY;
    Map<String, String> v3 = SignatureVerifier.signedHeaders(SECRET, "POST", url, BODY, now,
        SignatureVersion.V3);
    Answer first = pipeline.handle(RawRequest.of("POST", url, v3, BODY));
    assertThat(first.status()).isEqualTo(200);

    String v3Value = v3.get(SignatureVerifier.SIGNATURE_V3_HEADER);
    assertThat(v3Value).endsWith("=");
    Map<String, String> unpadded = new LinkedHashMap<>(v3);
    unpadded.put(SignatureVerifier.SIGNATURE_V3_HEADER,
        v3Value.substring(0, v3Value.length() - 1).replace('+', ' '));
    RawRequest[] copies = {
      RawRequest.of("POST", url.replace("%40", "@"), v3, BODY),
      RawRequest.of("POST", url, unpadded, BODY),
    };
    for (RawRequest copy : copies) {
      Answer again = pipeline.handle(copy);
      assertThat(again.status()).as(copy.toString()).isEqualTo(200);
      assertThat(again.bodyText()).as(copy.toString()).isEqualTo(first.bodyText());
    }
    assertThat(calls("1")).isEqualTo(1);

    takeV2Alone();
    Map<String, String> v2 = SignatureVerifier.signedHeaders(SECRET, "POST", url, BODY, now,
        SignatureVersion.V2);
    pipeline.handle(RawRequest.of("POST", url, v2, BODY));
    Map<String, String> capitals = new LinkedHashMap<>(v2);
    capitals.put(SignatureVerifier.SIGNATURE_HEADER,
        v2.get(SignatureVerifier.SIGNATURE_HEADER).toUpperCase(java.util.Locale.ROOT));
    assertThat(pipeline.handle(RawRequest.of("POST", url, capitals, BODY)).bodyText())
        .isEqualTo("{\"message\":\"resolved 1 on call 2\"}");
    assertThat(calls("1")).isEqualTo(2);
  }

  @Test
  void aNewlySignedRequestForTheSameHookRunsAgain() {
    long now = NOW.toEpochMilli();
    pipeline.handle(hook("1", now));
    Answer again = pipeline.handle(hook("1", now + 1));
    assertThat(again.bodyText()).isEqualTo("{\"message\":\"resolved 1 on call 2\"}");
    assertThat(calls("1")).isEqualTo(2);
  }

  @Test
  void fetchesAreNeverHeldBack() {
    RawRequest request = fetch(NOW.toEpochMilli());
    for (int i = 0; i < 5; i++) {
      assertThat(pipeline.handle(request).status()).isEqualTo(200);
    }
    assertThat(fetches).hasValue(5);
  }

  @Test
  void aCopyWhileTheFirstRunsGets409() throws Exception {
    RawRequest request = hook("slow", NOW.toEpochMilli());
    CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> pipeline.handle(request));
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    Answer copy = pipeline.handle(request);
    assertThat(copy.status()).isEqualTo(409);
    assertThat(copy.bodyText()).isEqualTo("{\"message\":\"" + ReplayGuard.IN_PROGRESS + "\"}");
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(pipeline.handle(request).bodyText())
        .isEqualTo("{\"message\":\"resolved slowly\"}");
    assertThat(calls("slow")).isEqualTo(1);
  }

  @Test
  void aHandlerAnswering4xxIsNotRunAgain() {
    RawRequest request = hook("missing", NOW.toEpochMilli());
    Answer first = pipeline.handle(request);
    Answer second = pipeline.handle(request);
    assertThat(first.status()).isEqualTo(404);
    assertThat(second.status()).isEqualTo(404);
    assertThat(second.bodyText()).isEqualTo(first.bodyText());
    assertThat(calls("missing")).isEqualTo(1);
  }

  @Test
  void aRetryAfterAFailedHandlerRunsAgain() {
    RawRequest request = hook("fails", NOW.toEpochMilli());
    assertThat(pipeline.handle(request).status()).isEqualTo(500);
    assertThat(pipeline.handle(request).status()).isEqualTo(500);
    assertThat(calls("fails")).as("HubSpot's retry after a 5xx runs the hook again").isEqualTo(2);
  }

  @Test
  void staleRequestsAre401WhateverTheStoreHolds() {
    long sent = NOW.toEpochMilli();
    RawRequest request = hook("1", sent);
    assertThat(pipeline.handle(request).status()).isEqualTo(200);
    Clock later = Clock.fixed(Instant.ofEpochMilli(sent).plus(Duration.ofMinutes(6)),
        ZoneOffset.UTC);
    try (CardPipeline laterPipeline = pipeline(store, later, Duration.ofSeconds(4))) {
      assertThat(laterPipeline.handle(request).status()).isEqualTo(401);
    }
    assertThat(calls("1")).isEqualTo(1);
  }

  @Test
  void unsignedRequestsDoNotReachTheStore() {
    pipeline.close();
    pipeline = pipeline(ReplayStore.inMemory(1, 1024), CLOCK, Duration.ofSeconds(4));
    String url = ORIGIN + "/tickets/1/resolve" + QUERY;
    for (int i = 0; i < 10; i++) {
      Map<String, String> forged = new LinkedHashMap<>(
          SignatureVerifier.signedHeaders("not-the-secret", "POST", url, BODY,
              NOW.toEpochMilli() + i));
      assertThat(pipeline.handle(RawRequest.of("POST", url, forged, BODY)).status())
          .isEqualTo(401);
    }
    assertThat(pipeline.handle(hook("1", NOW.toEpochMilli())).status()).isEqualTo(200);
  }

  @Test
  void aStoreThatCannotTellAnswers503ToHooksWhileFetchesWork() {
    pipeline.close();
    pipeline = pipeline(ReplayStore.inMemory(1, 1024), CLOCK, Duration.ofSeconds(4));
    long now = NOW.toEpochMilli();
    assertThat(pipeline.handle(hook("1", now)).status()).isEqualTo(200);
    Answer refused = pipeline.handle(hook("2", now));
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.bodyText()).isEqualTo("{\"message\":\"" + ReplayGuard.UNAVAILABLE + "\"}");
    assertThat(calls("2")).isZero();
    assertThat(pipeline.handle(fetch(now)).status()).isEqualTo(200);
  }

  @Test
  void v2OnlyRequestsAreDeduplicatedForTheTolerance() {
    RawRequest request = hook("1", NOW.toEpochMilli(), SignatureVersion.V2);
    // By default v2 alone does not verify, so it has no key to keep.
    assertThat(pipeline.handle(request).status()).isEqualTo(401);
    assertThat(calls("1")).isZero();

    takeV2Alone();
    pipeline.handle(request);
    assertThat(pipeline.handle(request).bodyText())
        .isEqualTo("{\"message\":\"resolved 1 on call 1\"}");
    assertThat(calls("1")).isEqualTo(1);

    ReplayGuard guard = new ReplayGuard(store, Duration.ofMinutes(5), CLOCK);
    assertThat(guard.window(new VerifiedSignature(SignatureVersion.V2, 0, OptionalLong.empty())))
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void v3KeysLiveForTheRestOfTheWindowPlusTheClockMargin() {
    Instant now = Instant.parse("2026-12-01T12:00:00Z");
    ReplayGuard guard =
        new ReplayGuard(store, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    long oneMinuteAgo = now.minus(Duration.ofMinutes(1)).toEpochMilli();
    assertThat(guard.window(
            new VerifiedSignature(SignatureVersion.V3, 0, OptionalLong.of(oneMinuteAgo))))
        .isEqualTo(Duration.ofMinutes(4).plus(ReplayGuard.CLOCK_MARGIN));
  }

  @Test
  void settingsTakeEitherAReplayStoreOrAGuard() {
    CardSettings settings = CardSettings.builder().clientSecret(SECRET).replayStore(store).build();
    assertThat(settings.replayStore()).contains(store);
    assertThat(settings.handlerGuard()).isInstanceOf(ReplayGuard.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CardSettings.builder()
            .clientSecret(SECRET)
            .replayStore(store)
            .handlerGuard(call -> HandlerGuard.Admission.PROCEED)
            .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set one of them");
  }

  @Test
  void storeFailuresAreLoggedOncePerEpisodeWithoutSignatures() {
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger(ReplayGuard.class.getName());
    java.util.List<java.util.logging.LogRecord> records =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(capture);
    pipeline.close();
    Failing failing = new Failing(ReplayStore.inMemory());
    pipeline = pipeline(failing, CLOCK, Duration.ofSeconds(4));
    try {
      long now = NOW.toEpochMilli();
      assertThat(pipeline.handle(hook("1", now, SignatureVersion.V3)).status()).isEqualTo(200);
      failing.failing = true;
      RawRequest refused = hook("2", now, SignatureVersion.V3);
      for (int i = 0; i < 3; i++) {
        assertThat(pipeline.handle(refused).status()).isEqualTo(503);
      }
      failing.failing = false;
      assertThat(pipeline.handle(hook("3", now, SignatureVersion.V3)).status()).isEqualTo(200);
    } finally {
      logger.removeHandler(capture);
    }
    assertThat(records).extracting(java.util.logging.LogRecord::getLevel)
        .containsExactly(java.util.logging.Level.WARNING, java.util.logging.Level.INFO);
    assertThat(records.get(0).getMessage()).contains("the store is down");
    String signature = refused2Signature(NOW.toEpochMilli());
    assertThat(records).allSatisfy(record -> assertThat(record.getMessage())
        .doesNotContain(signature).doesNotContain(SECRET).doesNotContain("{}"));
  }

  /** A store that fails while told to, as Redis does while it is unreachable. */
  static final class Failing implements ReplayStore {
    private final ReplayStore store;
    volatile boolean failing;

    Failing(ReplayStore store) {
      this.store = store;
    }

    @Override
    public ReplayClaim claim(String key, Duration window) {
      if (failing) {
        throw new ReplayStoreException("the store is down");
      }
      return store.claim(key, window);
    }

    @Override
    public void complete(ReplayClaim claim, ReplayAnswer answer) {
      store.complete(claim, answer);
    }

    @Override
    public void release(ReplayClaim claim) {
      store.release(claim);
    }
  }

  private static String refused2Signature(long timestamp) {
    String url = ORIGIN + "/tickets/2/resolve" + QUERY;
    return SignatureVerifier.signV3(SECRET, "POST", url, BODY, timestamp);
  }
}

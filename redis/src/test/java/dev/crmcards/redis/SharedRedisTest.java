package dev.crmcards.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.core.ReplayGuard;
import dev.crmcards.signature.SignatureVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances, each a real Jetty, sharing one real redis-server. */
class SharedRedisTest {

  private static final String QUERY =
      "?userId=1&userEmail=a%40b.c&associatedObjectId=7&associatedObjectType=TICKET&portalId=42";
  private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
  private static final AtomicInteger IDS = new AtomicInteger();

  private static RedisServer redis;
  private static final Map<String, AtomicInteger> CALLS = TicketServer.newCallCounts();
  private static final AtomicInteger FETCHES = new AtomicInteger();
  private static TicketServer a;
  private static TicketServer b;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @BeforeAll
  static void start() throws Exception {
    redis = RedisServer.start();
    a = new TicketServer(redis.uri(), CALLS, FETCHES);
    b = new TicketServer(redis.uri(), CALLS, FETCHES);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable each : new AutoCloseable[] {a, b, redis}) {
      if (each != null) {
        each.close();
      }
    }
  }

  /** Redis running, and both instances connected to it (a test before may have stopped it). */
  @BeforeEach
  void redisUp() throws Exception {
    redis.restart();
    for (TicketServer each : List.of(a, b)) {
      assertThat(answeredOnceConnected(each)).as("a hook once connected").isEqualTo(200);
    }
  }

  /**
   * Sends fresh hooks until one is answered other than 503 (the store reconnects by itself, every
   * second) or ten seconds have passed; returns the last status.
   */
  private static int answeredOnceConnected(TicketServer server) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int status;
    do {
      status = hook(newId("t"), System.currentTimeMillis()).sendTo(server).statusCode();
      if (status == 503) {
        Thread.sleep(100);
      }
    } while (status == 503 && System.nanoTime() < end);
    return status;
  }

  /** A hook request signed as HubSpot signs it, at the given time, ready for any instance. */
  private record Signed(String method, String path, Map<String, String> headers, byte[] body) {
    HttpResponse<String> sendTo(TicketServer server) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(server.base() + path))
              .timeout(Duration.ofSeconds(10))
              .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static Signed hook(String id, long timestamp) {
    String path = "/tickets/" + id + "/resolve" + QUERY;
    Map<String, String> headers = new java.util.LinkedHashMap<>(SignatureVerifier.signedHeaders(
        TicketServer.SECRET, "POST", TicketServer.ORIGIN + path, BODY, timestamp));
    headers.put("Content-Type", "application/json");
    return new Signed("POST", path, headers, BODY);
  }

  private static Signed fetch(long timestamp) {
    String path = "/tickets" + QUERY;
    return new Signed("GET", path, SignatureVerifier.signedHeaders(
        TicketServer.SECRET, "GET", TicketServer.ORIGIN + path, new byte[0], timestamp),
        new byte[0]);
  }

  private static String newId(String prefix) {
    return prefix + IDS.incrementAndGet();
  }

  private static int calls(String id) {
    AtomicInteger count = CALLS.get(id);
    return count == null ? 0 : count.get();
  }

  @Test
  void theSameSignedHookSentToAThenBIsHandledOnceWithTheSameAnswer() throws Exception {
    String id = newId("t");
    Signed request = hook(id, System.currentTimeMillis());
    HttpResponse<String> first = request.sendTo(a);
    HttpResponse<String> second = request.sendTo(b);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("{\"message\":\"resolved " + id + " on call 1\"}");
    assertThat(second.statusCode()).isEqualTo(first.statusCode());
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(calls(id)).isEqualTo(1);
  }

  @Test
  void aNewlySignedRequestForTheSameHookIsHandledAgain() throws Exception {
    String id = newId("t");
    long now = System.currentTimeMillis();
    hook(id, now).sendTo(a);
    HttpResponse<String> again = hook(id, now + 1).sendTo(b);
    assertThat(again.body()).isEqualTo("{\"message\":\"resolved " + id + " on call 2\"}");
    assertThat(calls(id)).isEqualTo(2);
  }

  @Test
  void repeatedFetchesAreAlwaysHandled() throws Exception {
    Signed request = fetch(System.currentTimeMillis());
    int before = FETCHES.get();
    for (TicketServer each : List.of(a, b, a, b)) {
      assertThat(request.sendTo(each).statusCode()).isEqualTo(200);
    }
    assertThat(FETCHES.get() - before).isEqualTo(4);
  }

  @Test
  void concurrentCopiesOnBothInstancesRunTheHandlerExactlyOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      String id = newId("slow");
      Signed request = hook(id, System.currentTimeMillis());
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        TicketServer target = i % 2 == 0 ? a : b;
        answers.add(CompletableFuture.supplyAsync(() -> {
          try {
            return request.sendTo(target);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      int ok = 0;
      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).isIn(200, 409);
        if (response.statusCode() == 200) {
          assertThat(response.body()).isEqualTo("{\"message\":\"resolved " + id + " on call 1\"}");
          ok++;
        } else {
          assertThat(response.body()).isEqualTo("{\"message\":\"" + ReplayGuard.IN_PROGRESS + "\"}");
        }
      }
      assertThat(ok).isGreaterThanOrEqualTo(1);
      assertThat(calls(id)).as("round %d", round).isEqualTo(1);
    }
  }

  @Test
  void staleTimestampsAre401WhateverTheStoreSays() throws Exception {
    String id = newId("t");
    long stale = System.currentTimeMillis() - Duration.ofMinutes(6).toMillis();
    HttpResponse<String> response = hook(id, stale).sendTo(a);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(calls(id)).isZero();
  }

  @Test
  void withRedisStoppedHooksGet503InTimeAndFetches200ThenItRecovers() throws Exception {
    hook(newId("t"), System.currentTimeMillis()).sendTo(a); // both connected
    hook(newId("t"), System.currentTimeMillis()).sendTo(b);
    redis.stop();

    for (TicketServer each : List.of(a, b, a)) {
      String id = newId("t");
      long start = System.nanoTime();
      HttpResponse<String> refused = hook(id, System.currentTimeMillis()).sendTo(each);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.body()).isEqualTo("{\"message\":\"" + ReplayGuard.UNAVAILABLE + "\"}");
      assertThat(calls(id)).isZero();
      assertThat(fetch(System.currentTimeMillis()).sendTo(each).statusCode()).isEqualTo(200);
    }

    redis.restart();
    for (TicketServer each : List.of(a, b)) {
      assertThat(answeredOnceConnected(each)).as("recovered by itself").isEqualTo(200);
    }
  }

  @Test
  void withRedisHangingHooksGet503InTimeAndFetches200() throws Exception {
    hook(newId("t"), System.currentTimeMillis()).sendTo(a);
    redis.freeze(true);
    try {
      String id = newId("t");
      long start = System.nanoTime();
      HttpResponse<String> refused = hook(id, System.currentTimeMillis()).sendTo(a);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(calls(id)).isZero();
      assertThat(fetch(System.currentTimeMillis()).sendTo(a).statusCode()).isEqualTo(200);
    } finally {
      redis.freeze(false);
    }
    assertThat(answeredOnceConnected(a)).isEqualTo(200);
  }
}

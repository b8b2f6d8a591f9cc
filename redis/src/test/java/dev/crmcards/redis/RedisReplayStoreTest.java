package dev.crmcards.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.http.LogText;
import dev.crmcards.replay.ReplayAnswer;
import dev.crmcards.replay.ReplayClaim;
import dev.crmcards.replay.ReplayClaim.State;
import dev.crmcards.replay.ReplayStoreException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store against a real redis-server. */
class RedisReplayStoreTest {

  private static final Duration WINDOW = Duration.ofMinutes(5);
  private static final AtomicInteger KEYS = new AtomicInteger();

  private static RedisServer redis;
  private RedisReplayStore store;

  @BeforeAll
  static void startRedis() throws Exception {
    redis = RedisServer.start();
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (redis != null) {
      redis.close();
    }
  }

  @BeforeEach
  void connect() throws Exception {
    redis.restart();
    store = RedisReplayStore.create(redis.uri());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static String newKey() {
    return "v3:test-" + KEYS.incrementAndGet();
  }

  private static ReplayAnswer answer(int status, String message) {
    byte[] body = ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    return ReplayAnswer.of(status, body, body.length);
  }

  @Test
  void aClaimIsHeldUntilCompletedThenTheAnswerIsKept() {
    String key = newKey();
    ReplayClaim first = store.claim(key, WINDOW);
    assertThat(first.state()).isEqualTo(State.CLAIMED);
    assertThat(store.claim(key, WINDOW).state()).isEqualTo(State.IN_PROGRESS);

    store.complete(first, answer(200, "resolved"));
    ReplayClaim again = store.claim(key, WINDOW);
    assertThat(again.state()).isEqualTo(State.DONE);
    assertThat(again.answer()).contains(answer(200, "resolved"));
  }

  @Test
  void aSecondStoreOnTheSameRedisSeesTheSameClaims() {
    String key = newKey();
    try (RedisReplayStore other = RedisReplayStore.create(redis.uri())) {
      ReplayClaim first = store.claim(key, WINDOW);
      assertThat(other.claim(key, WINDOW).state()).isEqualTo(State.IN_PROGRESS);
      store.complete(first, answer(404, "no such ticket"));
      assertThat(other.claim(key, WINDOW).answer()).contains(answer(404, "no such ticket"));
    }
  }

  @Test
  void aReleasedClaimCanBeClaimedAgain() {
    String key = newKey();
    store.release(store.claim(key, WINDOW));
    assertThat(store.claim(key, WINDOW).state()).isEqualTo(State.CLAIMED);
  }

  @Test
  void keysLiveInRedisUnderThePrefixAndExpireWithTheWindow() throws Exception {
    String key = newKey();
    ReplayClaim claim = store.claim(key, Duration.ofSeconds(90));
    long ttl = Long.parseLong(redis.command("PTTL " + RedisReplayStore.KEY_PREFIX + key)
        .substring(1));
    assertThat(ttl).isBetween(80_000L, 90_000L);

    store.complete(claim, answer(200, "ok"));
    long kept = Long.parseLong(redis.command("PTTL " + RedisReplayStore.KEY_PREFIX + key)
        .substring(1));
    assertThat(kept).as("completing keeps the expiry").isBetween(1L, ttl);
  }

  /**
   * Ends a key's life now, as its expiry would, by moving its expiry into the past (Redis deletes
   * it at once): no test waits for a real window to pass.
   */
  private static void expireNow(String key) throws Exception {
    assertThat(redis.command("PEXPIREAT " + RedisReplayStore.KEY_PREFIX + key + " 1"))
        .isEqualTo(":1");
  }

  @Test
  void anExpiredKeyIsClaimedAnew() throws Exception {
    String key = newKey();
    store.complete(store.claim(key, WINDOW), answer(200, "ok"));
    assertThat(store.claim(key, WINDOW).state()).isEqualTo(State.DONE);
    expireNow(key);
    assertThat(store.claim(key, WINDOW).state()).isEqualTo(State.CLAIMED);
  }

  @Test
  void anExpiredClaimCannotCompleteOrReleaseItsSuccessor() throws Exception {
    String key = newKey();
    ReplayClaim stale = store.claim(key, WINDOW);
    expireNow(key);
    ReplayClaim current = store.claim(key, WINDOW);
    assertThat(current.state()).isEqualTo(State.CLAIMED);

    store.complete(stale, answer(200, "late"));
    store.release(stale);
    assertThat(store.claim(key, WINDOW).state()).isEqualTo(State.IN_PROGRESS);
    store.complete(current, answer(200, "current"));
    assertThat(store.claim(key, WINDOW).answer()).contains(answer(200, "current"));
  }

  @Test
  void ofConcurrentClaimsFromSeveralStoresExactlyOneWins() throws Exception {
    List<RedisReplayStore> stores = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      stores.add(RedisReplayStore.create(redis.uri()));
    }
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 50; round++) {
        String key = newKey();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<State>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          RedisReplayStore each = stores.get(i % stores.size());
          claims.add(threads.submit(() -> {
            start.await();
            return each.claim(key, WINDOW).state();
          }));
        }
        start.countDown();
        int won = 0;
        for (Future<State> claim : claims) {
          if (claim.get(10, TimeUnit.SECONDS) == State.CLAIMED) {
            won++;
          }
        }
        assertThat(won).as("round %d", round).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
      stores.forEach(RedisReplayStore::close);
    }
  }

  @Test
  void aLargeAnswerIsKeptWithoutItsBody() {
    String key = newKey();
    byte[] large = new byte[ReplayAnswer.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(large, (byte) 'x');
    store.complete(store.claim(key, WINDOW), ReplayAnswer.of(200, large, large.length));
    ReplayAnswer kept = store.claim(key, WINDOW).answer().orElseThrow();
    assertThat(kept.status()).isEqualTo(200);
    assertThat(new String(kept.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"message\":\"this action was already handled\"}");
  }

  @Test
  void withRedisStoppedClaimsFailFastAndRecoverWhenItIsBack() throws Exception {
    store.claim(newKey(), WINDOW); // connected
    redis.stop();

    long start = System.nanoTime();
    assertThatThrownBy(() -> store.claim(newKey(), WINDOW))
        .isInstanceOf(ReplayStoreException.class)
        .hasMessageContaining("Redis at 127.0.0.1:" + redis.port());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));

    redis.restart();
    assertThat(claimWithin(Duration.ofSeconds(15))).isEqualTo(State.CLAIMED);
  }

  @Test
  void aStoreMadeWhileRedisIsDownConnectsOnceItIsUp() throws Exception {
    redis.stop();
    try (RedisReplayStore early = RedisReplayStore.create(redis.uri())) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> early.claim(newKey(), WINDOW))
          .isInstanceOf(ReplayStoreException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
      redis.restart();
      store.close();
      store = early;
      assertThat(claimWithin(Duration.ofSeconds(15))).isEqualTo(State.CLAIMED);
    }
  }

  /** Claims a new key until the store works, for at most the given time. */
  private State claimWithin(Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        return store.claim(newKey(), WINDOW).state();
      } catch (ReplayStoreException e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  @Test
  void aRedisItCannotReachAtStartIsLoggedAtOnceWithoutThePassword() throws Exception {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(RedisReplayStore.class.getName());
    java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override public void publish(java.util.logging.LogRecord record) { records.add(record); }
      @Override public void flush() {}
      @Override public void close() {}
    };
    logger.addHandler(handler);
    // Its own port: another test's store, closed but still connecting, may log about port 1.
    try (RedisReplayStore unreachable = RedisReplayStore.create("redis://:hunter2@127.0.0.1:2")) {
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (records.stream().noneMatch(r -> r.getMessage().contains("127.0.0.1:2")) && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      assertThat(records).noneSatisfy(record -> assertThat(record.getMessage()).contains("hunter2"));
      assertThat(records).filteredOn(record -> record.getMessage().contains("127.0.0.1:2")).singleElement().satisfies(record -> {
        assertThat(record.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
        assertThat(record.getMessage())
            .contains("Redis at 127.0.0.1:2: connecting failed", "action hooks are answered 503 until Redis answers")
            .doesNotContain("hunter2");
      });
    } finally {
      logger.removeHandler(handler);
    }
  }

  @Test
  void messagesAndDescriptionsLeaveOutThePassword() {
    try (RedisReplayStore secret = RedisReplayStore.create("redis://:hunter2@127.0.0.1:1")) {
      assertThat(secret.toString()).doesNotContain("hunter2");
      assertThatThrownBy(() -> secret.claim(newKey(), WINDOW))
          .isInstanceOf(ReplayStoreException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
    assertThatThrownBy(() -> RedisReplayStore.create("http://:hunter2@host"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void aFailureRepeatsRedisMessageBoundedAndMaskedAsLogText() {
    String message = "ERR\r\nforged line\u001b[31m" + "x".repeat(300);
    assertThat(store.failure("claiming", new IllegalStateException(message)).getMessage())
        .startsWith("Redis at ")
        .endsWith(": claiming failed: IllegalStateException (" + LogText.of(message) + ")")
        .contains("(ERR??forged line?[31mxxx")
        .endsWith("x...)");
    assertThat(store.failure("claiming", new IllegalStateException()).getMessage())
        .startsWith("Redis at ")
        .endsWith(": claiming failed: IllegalStateException");
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> RedisReplayStore.builder(redis.uri()).commandTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commandTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> RedisReplayStore.builder(redis.uri()).connectTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout must be positive, got PT-0.001S");
  }
}

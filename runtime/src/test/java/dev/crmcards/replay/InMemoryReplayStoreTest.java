package dev.crmcards.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.replay.ReplayClaim.State;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryReplayStoreTest {

  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private InMemoryReplayStore store(int maxEntries, long maxAnswerBytes) {
    return new InMemoryReplayStore(maxEntries, maxAnswerBytes, now::get);
  }

  private void pass(Duration time) {
    now.addAndGet(time.toNanos());
  }

  private static ReplayAnswer answer(int status, String message) {
    byte[] body = ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    return ReplayAnswer.of(status, body, body.length);
  }

  @Test
  void claimedThenInProgressThenDoneWithTheFirstAnswer() {
    InMemoryReplayStore store = store(10, 1000);
    ReplayClaim first = store.claim("k", WINDOW);
    assertThat(first.state()).isEqualTo(State.CLAIMED);
    assertThat(store.claim("k", WINDOW).state()).isEqualTo(State.IN_PROGRESS);
    store.complete(first, answer(200, "done"));
    assertThat(store.claim("k", WINDOW).answer()).contains(answer(200, "done"));
  }

  @Test
  void releasedKeysAreClaimedAgain() {
    InMemoryReplayStore store = store(10, 1000);
    store.release(store.claim("k", WINDOW));
    assertThat(store.claim("k", WINDOW).state()).isEqualTo(State.CLAIMED);
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void keysExpireWithTheirWindowDoneOrNot() {
    InMemoryReplayStore store = store(10, 1000);
    store.complete(store.claim("done", Duration.ofSeconds(10)), answer(200, "ok"));
    store.claim("pending", Duration.ofSeconds(10));
    pass(Duration.ofSeconds(9));
    assertThat(store.claim("done", WINDOW).state()).isEqualTo(State.DONE);
    assertThat(store.claim("pending", WINDOW).state()).isEqualTo(State.IN_PROGRESS);
    pass(Duration.ofSeconds(2));
    assertThat(store.claim("done", WINDOW).state()).isEqualTo(State.CLAIMED);
    assertThat(store.claim("pending", WINDOW).state()).isEqualTo(State.CLAIMED);
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void anExpiredClaimDoesNotTouchItsSuccessor() {
    InMemoryReplayStore store = store(10, 1000);
    ReplayClaim stale = store.claim("k", Duration.ofSeconds(1));
    pass(Duration.ofSeconds(2));
    ReplayClaim current = store.claim("k", WINDOW);
    store.complete(stale, answer(200, "stale"));
    store.release(stale);
    assertThat(store.claim("k", WINDOW).state()).isEqualTo(State.IN_PROGRESS);
    store.complete(current, answer(200, "current"));
    assertThat(store.claim("k", WINDOW).answer()).contains(answer(200, "current"));
  }

  @Test
  void aFullStoreRefusesNewKeysRatherThanForgetUntilKeysExpire() {
    InMemoryReplayStore store = store(2, 1000);
    store.claim("a", Duration.ofSeconds(10));
    store.claim("b", Duration.ofSeconds(20));
    assertThatThrownBy(() -> store.claim("c", WINDOW))
        .isInstanceOf(ReplayStoreException.class)
        .hasMessage("the in-memory replay store holds 2 keys that have not expired");
    assertThat(store.claim("a", WINDOW).state()).as("still remembered").isEqualTo(State.IN_PROGRESS);

    pass(Duration.ofSeconds(11));
    assertThat(store.claim("c", WINDOW).state()).isEqualTo(State.CLAIMED);
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.claim("b", WINDOW).state()).isEqualTo(State.IN_PROGRESS);
  }

  @Test
  void answersBeyondTheByteBoundAreKeptWithoutTheirBody() {
    ReplayAnswer big = answer(201, "x".repeat(50));
    InMemoryReplayStore store = store(10, big.bodyLength() + 10);
    ReplayClaim first = store.claim("first", WINDOW);
    ReplayClaim second = store.claim("second", WINDOW);
    store.complete(first, big);
    store.complete(second, big);
    assertThat(store.claim("first", WINDOW).answer()).contains(big);
    ReplayAnswer kept = store.claim("second", WINDOW).answer().orElseThrow();
    assertThat(kept.status()).isEqualTo(201);
    assertThat(new String(kept.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"message\":\"this action was already handled\"}");
  }

  @Test
  void answersLargerThanTheBodyLimitAreKeptWithoutTheirBody() {
    byte[] large = new byte[ReplayAnswer.MAX_BODY_BYTES + 1];
    ReplayAnswer answer = ReplayAnswer.of(200, large, large.length);
    assertThat(answer.bodyLength()).isLessThan(100);
    assertThat(answer.toString()).doesNotContain("already");
  }

  @Test
  void ofConcurrentClaimsExactlyOneWins() throws Exception {
    InMemoryReplayStore store = new InMemoryReplayStore(100_000, 1 << 20, System::nanoTime);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 200; round++) {
        String key = "k" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<State>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          claims.add(threads.submit(() -> {
            start.await();
            return store.claim(key, WINDOW).state();
          }));
        }
        start.countDown();
        int won = 0;
        for (Future<State> claim : claims) {
          won += claim.get(10, TimeUnit.SECONDS) == State.CLAIMED ? 1 : 0;
        }
        assertThat(won).as("round %d", round).isEqualTo(1);
      }
      assertThat(store.size()).isEqualTo(200);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void boundsAreChecked() {
    assertThatThrownBy(() -> ReplayStore.inMemory(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReplayStore.inMemory(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

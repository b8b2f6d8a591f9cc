package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.replay.ReplayAnswer;
import dev.crmcards.replay.ReplayClaim;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a hook's claim in a replay store ends when its handler misses the deadline or its client
 * goes away, through the core's pipeline, for any store: each test follows the store's own
 * events (completed, released) rather than the clock.
 */
public abstract class ReplayOutcomeContract {

  static final String SECRET = "replay-outcome-secret";
  static final String ORIGIN = "https://cards.example.test";
  static final String QUERY =
      "?userId=1&userEmail=a%40b.c&associatedObjectId=7&associatedObjectType=TICKET&portalId=42";
  static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
  /**
   * Short, so that tests reach it soon, yet long enough that a quick call (a retry's) never misses
   * it on a busy machine: 300 ms did once, with a full build beside it. Nothing here depends on
   * how long it really took.
   */
  static final Duration DEADLINE = Duration.ofSeconds(1);
  static final long WAIT_SECONDS = 30;
  static final AtomicInteger IDS = new AtomicInteger();

  /** A new store on a fresh back end; closed after each test. */
  protected abstract ReplayStore newStore() throws Exception;

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final CountDownLatch finish = new CountDownLatch(1);
  private final CountDownLatch entered = new CountDownLatch(1);
  private final Handlers executor = new Handlers();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private ReplayStore store;
  private CardPipeline pipeline;

  @BeforeEach
  void start() throws Exception {
    store = newStore();
    pipeline = CardPipeline.create(
        CardSettings.builder()
            .clientSecret(SECRET)
            .handlerTimeout(DEADLINE)
            .handlerExecutor(executor)
            .replayStore(new Recording(store, events))
            .build(),
        routes());
  }

  @AfterEach
  void stop() {
    finish.countDown();
    pipeline.close();
    store.close();
  }

  private CardRoutes routes() {
    return CardRoutes.builder("tickets")
        .hook(HttpMethod.POST, ORIGIN + "/tickets/{id}/resolve", (request, path) -> {
          String id = path.string("id");
          int call = calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
          if (call == 1 && id.startsWith("late")) {
            // Works on past its interrupt, as a handler in the middle of a remote call may.
            entered.countDown();
            awaitUninterruptibly(finish);
          } else if (call == 1 && id.startsWith("gives-up")) {
            entered.countDown();
            finish.await();
          }
          return ActionResult.ok("resolved " + id + " on call " + call);
        })
        .build();
  }

  private static RawRequest hook(String id) {
    String url = ORIGIN + "/tickets/" + id + "/resolve" + QUERY;
    Map<String, String> headers = new LinkedHashMap<>(SignatureVerifier.signedHeaders(
        SECRET, "POST", url, BODY, System.currentTimeMillis()));
    headers.put("Content-Type", "application/json");
    return RawRequest.of("POST", url, headers, BODY);
  }

  private static String newId(String kind) {
    return kind + "-" + IDS.incrementAndGet();
  }

  private int calls(String id) {
    AtomicInteger count = calls.get(id);
    return count == null ? 0 : count.get();
  }

  private String nextEvent() throws InterruptedException {
    String event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(event).as("the store heard how the claim ended").isNotNull();
    return event;
  }

  @Test
  void aLateAnswerEndsTheClaimAndIsWhatTheNextCopyGets() throws Exception {
    String id = newId("late");
    RawRequest request = hook(id);
    assertThat(pipeline.handle(request).status()).isEqualTo(503);
    // Still being handled: a copy must not run it a second time meanwhile.
    Answer meanwhile = pipeline.handle(request);
    assertThat(meanwhile.status()).isEqualTo(409);
    assertThat(meanwhile.bodyText()).contains(ReplayGuard.IN_PROGRESS);
    assertThat(events).isEmpty();

    finish.countDown();
    assertThat(nextEvent()).isEqualTo("completed 200");
    Answer copy = pipeline.handle(request);
    assertThat(copy.status()).isEqualTo(200);
    assertThat(copy.bodyText()).isEqualTo("{\"message\":\"resolved " + id + " on call 1\"}");
    assertThat(calls(id)).isEqualTo(1);
  }

  @Test
  void aHandlerThatGivesUpOnItsInterruptIsReleasedAndRunsAgain() throws Exception {
    String id = newId("gives-up");
    RawRequest request = hook(id);
    assertThat(pipeline.handle(request).status()).isEqualTo(503);
    assertThat(nextEvent()).isEqualTo("released");
    Answer retry = pipeline.handle(request);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.bodyText()).isEqualTo("{\"message\":\"resolved " + id + " on call 2\"}");
  }

  @Test
  void aClientThatWentAwayBeforeItsHandlerRanReleasesTheClaim() throws Exception {
    String id = newId("t");
    RawRequest request = hook(id);
    executor.hold();
    Detaching client = new Detaching();
    pipeline.handle(request, client);
    assertThat(client.abandon.get()).as("detached").isNotNull();
    client.abandon.get().run();
    executor.runHeld();
    assertThat(nextEvent()).isEqualTo("released");
    assertThat(client.sent).isEmpty();
    assertThat(calls(id)).isZero();

    Answer copy = pipeline.handle(request);
    assertThat(copy.status()).isEqualTo(200);
    assertThat(copy.bodyText()).isEqualTo("{\"message\":\"resolved " + id + " on call 1\"}");
  }

  @Test
  void aClientThatWentAwayWhileItsHandlerRanLeavesTheClaimToTheHandlersAnswer() throws Exception {
    String id = newId("late");
    RawRequest request = hook(id);
    Detaching client = new Detaching();
    pipeline.handle(request, client);
    assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    client.abandon.get().run();
    finish.countDown();
    assertThat(nextEvent()).isEqualTo("completed 200");
    assertThat(client.sent).isEmpty();
    assertThat(pipeline.handle(request).bodyText())
        .isEqualTo("{\"message\":\"resolved " + id + " on call 1\"}");
  }

  @Test
  void aHookWithoutAThreadIsReleased() throws Exception {
    String id = newId("t");
    RawRequest request = hook(id);
    executor.refuse();
    Answer busy = pipeline.handle(request);
    assertThat(busy.status()).isEqualTo(503);
    assertThat(busy.bodyText()).contains("too many requests");
    assertThat(nextEvent()).isEqualTo("released");
    executor.accept();
    assertThat(pipeline.handle(request).status()).isEqualTo(200);
    assertThat(calls(id)).isEqualTo(1);
  }

  static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** An adapter whose requests detach: the answer comes later, or never if abandoned. */
  static final class Detaching implements Responder {
    final AtomicReference<Runnable> abandon = new AtomicReference<>();
    final List<Answer> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void send(Answer answer) throws IOException {
      sent.add(answer.copy());
    }

    @Override
    public boolean detach(Runnable abandon) {
      this.abandon.set(abandon);
      return true;
    }
  }

  /** Handler threads the test can hold back or refuse. */
  static final class Handlers implements Executor {
    private final List<Runnable> held = new ArrayList<>();
    private volatile boolean holding;
    private volatile boolean refusing;

    @Override
    public synchronized void execute(Runnable task) {
      if (refusing) {
        throw new RejectedExecutionException("refused by the test");
      }
      if (holding) {
        held.add(task);
        return;
      }
      Thread thread = new Thread(task, "test-handler");
      thread.setDaemon(true);
      thread.start();
    }

    synchronized void hold() {
      holding = true;
    }

    synchronized void runHeld() {
      holding = false;
      held.forEach(Runnable::run);
      held.clear();
    }

    void refuse() {
      refusing = true;
    }

    void accept() {
      refusing = false;
    }
  }

  /** The store, telling each completed and released claim. */
  static final class Recording implements ReplayStore {
    private final ReplayStore store;
    private final BlockingQueue<String> events;

    Recording(ReplayStore store, BlockingQueue<String> events) {
      this.store = store;
      this.events = events;
    }

    @Override
    public ReplayClaim claim(String key, Duration window) {
      return store.claim(key, window);
    }

    @Override
    public void complete(ReplayClaim claim, ReplayAnswer answer) {
      store.complete(claim, answer);
      events.add("completed " + answer.status());
    }

    @Override
    public void release(ReplayClaim claim) {
      store.release(claim);
      events.add("released");
    }
  }
}

package dev.crmcards.servlet;

import static dev.crmcards.HttpMethod.PUT;
import static dev.crmcards.servlet.CardServletContract.DEFAULTS;
import static dev.crmcards.servlet.CardServletContract.MAPPER;
import static dev.crmcards.servlet.CardServletContract.SECRET;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmcards.ActionResult;
import dev.crmcards.CapturedLog;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.signature.SignatureVerifier;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The handler deadline over real HTTP: slow handlers get a 503 by the deadline while the container
 * keeps serving, late answers are dropped quietly. Run per container, with the servlets registered
 * async-supported and, for the fallback, not.
 *
 * <p>Only what is about time is timed, with bounds a busy machine keeps: when a 503 comes. The
 * rest waits for events (a handler entered, a late handler finished, a log written), never for a
 * guessed while.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeadlineContract {
  static final long DEADLINE_MS = 1000;
  /** How late a 503 may be, on a two-core machine kept busy by other work. */
  static final long SLACK_MS = 3000;
  /** How long a test waits for an event it expects (never reached when all is well). */
  static final long PATIENCE_MS = 30_000;
  /** The deadline of the servlet whose handlers the tests hold and release themselves. */
  static final Duration PATIENT_DEADLINE = Duration.ofMinutes(1);
  static final String TIMED_OUT = "{\"message\":\"the card did not answer in time\"}";
  /** More slow requests than either fixture has request threads (16). */
  static final int SLOW_REQUESTS = 24;
  /** Quick calls in a row after which a route's calls run on the request thread. */
  static final int QUICK_CALLS_BEFORE_INLINE = 16;

  abstract ServletContainer newContainer();

  /** Whether the fixture registers the servlets async-supported. */
  abstract boolean asyncSupported();

  private CapturedLog servletLog;
  private List<LogRecord> logs;

  private final AtomicInteger interrupted = new AtomicInteger();
  private final AtomicInteger lateFinished = new AtomicInteger();
  /** Stubborn handlers wait for these permits, past their deadline and interrupt. */
  private final Semaphore stubbornGoOn = new Semaphore(0);
  /** Held handlers of the patient servlet: how many entered, and what lets them answer. */
  private final AtomicInteger heldEntered = new AtomicInteger();
  private volatile CountDownLatch heldGoOn = new CountDownLatch(1);
  private final List<String> inlineThreads = new CopyOnWriteArrayList<>();
  private final List<String> flakyThreads = new CopyOnWriteArrayList<>();
  private volatile boolean flakySlow;
  private ExecutorService handlers;
  private ServletContainer container;
  private String base;
  private HttpClient client;

  @BeforeAll
  void start() throws Exception {
    servletLog = CapturedLog.of(CardServlet.class.getName());
    logs = servletLog.records();
    ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2 * SLOW_REQUESTS);
    // Started here rather than by the container's threads, whose context class loader would make
    // Tomcat report them as left behind by the application.
    pool.prestartAllCoreThreads();
    handlers = pool;

    Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    servlets.put(
        "",
        new CardServlet(
            routes(""),
            settings().handlerTimeout(Duration.ofMillis(DEADLINE_MS)).handlerExecutor(handlers)
                .build()));
    servlets.put("/default", new CardServlet(routes("/default"), settings().build()));
    servlets.put(
        "/busy",
        new CardServlet(
            routes("/busy"),
            settings()
                .handlerExecutor(task -> {
                  throw new RejectedExecutionException("full");
                })
                .build()));
    servlets.put(
        "/inline",
        new CardServlet(routes("/inline"), settings().handlerTimeout(Duration.ZERO).build()));
    servlets.put(
        "/patient",
        new CardServlet(
            routes("/patient"),
            settings().handlerTimeout(PATIENT_DEADLINE).handlerExecutor(handlers).build()));
    container = newContainer();
    base = container.start(servlets);
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (container != null) {
        container.stop();
      }
    } finally {
      handlers.shutdownNow();
      servletLog.close();
    }
    // destroy() stopped the pools and timers the servlets made.
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().startsWith("crmcards-") && thread.isAlive());
  }

  @BeforeEach
  void clearLogs() {
    logs.clear();
  }

  static CardSettings.Builder settings() {
    return CardSettings.builder().clientSecret(SECRET);
  }

  CardRoutes routes(String prefix) {
    return CardRoutes.builder("slowpoke")
        .fetch(prefix + "/fast", request -> json -> json.raw("{\"fast\":true}".getBytes(UTF_8)))
        .fetch(prefix + "/slow", request -> {
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException e) {
            interrupted.incrementAndGet();
            throw e;
          }
          return json -> json.raw("{\"slow\":true}".getBytes(UTF_8));
        })
        .fetch(prefix + "/stubborn", request -> {
          goOnUninterruptibly();
          lateFinished.incrementAndGet();
          return json -> json.raw("{\"late\":true}".getBytes(UTF_8));
        })
        .fetch(prefix + "/stubborn-failure", request -> {
          goOnUninterruptibly();
          lateFinished.incrementAndGet();
          throw new IllegalStateException("late and broken");
        })
        .fetch(prefix + "/held", request -> {
          heldEntered.incrementAndGet();
          heldGoOn.await();
          return json -> json.raw("{\"held\":true}".getBytes(UTF_8));
        })
        .fetch(prefix + "/flaky", request -> {
          flakyThreads.add(Thread.currentThread().getName());
          if (flakySlow) {
            Thread.sleep(10_000);
          }
          return json -> json.raw("{\"flaky\":true}".getBytes(UTF_8));
        })
        .fetch(prefix + "/where", request -> {
          inlineThreads.add(Thread.currentThread().getName());
          return json -> json.raw("{}".getBytes(UTF_8));
        })
        .hook(PUT, prefix + "/slow/{id}", (request, path) -> {
          Thread.sleep(10_000);
          return ActionResult.ok("done");
        })
        .build();
  }

  /** For a stubborn handler: waits for the test's permit, deaf to the deadline's interrupt. */
  void goOnUninterruptibly() {
    boolean wasInterrupted = false;
    while (true) {
      try {
        stubbornGoOn.acquire();
        break;
      } catch (InterruptedException e) {
        wasInterrupted = true;
      }
    }
    if (wasInterrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until {@code condition} holds, for at most {@link #PATIENCE_MS}; whether it does. */
  static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  HttpRequest signed(String method, String target, byte[] body) {
    String url = base + target;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(15))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    SignatureVerifier.signedHeaders(SECRET, method, url, body, System.currentTimeMillis())
        .forEach(request::header);
    if (body.length > 0) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    return request.build();
  }

  HttpRequest get(String path) {
    return signed("GET", path + "?" + DEFAULTS, new byte[0]);
  }

  /** A response and how long it took. */
  record Timed(HttpResponse<String> response, long millis) {}

  CompletableFuture<Timed> timed(HttpRequest request) {
    long start = System.nanoTime();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString(UTF_8))
        .thenApply(r -> new Timed(r, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
  }

  static void assertTimedOut(Timed timed, long deadline) throws Exception {
    assertTimedOut(timed, deadline, deadline + SLACK_MS);
  }

  static void assertTimedOut(Timed timed, long deadline, long latest) throws Exception {
    assertThat(timed.response().statusCode()).as(timed.response().body()).isEqualTo(503);
    assertThat(timed.response().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type.replace(" ", "").toLowerCase())
            .isEqualTo("application/json;charset=utf-8"));
    assertThat(MAPPER.readTree(timed.response().body()))
        .isEqualTo(MAPPER.readTree(TIMED_OUT));
    assertThat(timed.millis()).isBetween(deadline - 50, latest);
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void aSlowFetchGets503ByTheDeadline() throws Exception {
    int before = interrupted.get();
    assertTimedOut(timed(get("/slow")).get(), DEADLINE_MS);
    // The handler's thread was interrupted rather than left sleeping for ten seconds.
    assertThat(eventually(() -> interrupted.get() > before)).isTrue();
  }

  @Test
  void aSlowHookGets503ByTheDeadline() throws Exception {
    byte[] body = DEFAULTS.getBytes(UTF_8);
    assertTimedOut(timed(signed("PUT", "/slow/7", body)).get(), DEADLINE_MS);
  }

  @Test
  void theDefaultDeadlineAnswersBeforeHubSpotGivesUpAfterFiveSeconds() throws Exception {
    assumeTrue(asyncSupported(), "the fallback waits the same way; once per container suffices");
    // A second before HubSpot's five: the margin is the setting's; how much of it a machine busy
    // with other work eats is not this test's to judge (the bound below allows for it).
    assertThat(CardSettings.DEFAULT_HANDLER_TIMEOUT).isLessThan(Duration.ofSeconds(5));
    Timed timed = timed(get("/default/slow")).get();
    assertTimedOut(timed, CardSettings.DEFAULT_HANDLER_TIMEOUT.toMillis());
  }

  @Test
  void otherRequestsSucceedWhileSlowOnesAreHeld() throws Exception {
    assumeTrue(asyncSupported(), "without async support held handlers keep the container's threads");
    // More held requests than the container has threads: only asynchronous processing leaves
    // threads for the others. Held by the test, not by a clock, and far from their deadline.
    heldGoOn = new CountDownLatch(1);
    heldEntered.set(0);
    List<CompletableFuture<Timed>> held = new ArrayList<>();
    for (int i = 0; i < SLOW_REQUESTS; i++) {
      held.add(timed(get("/patient/held")));
    }
    assertThat(eventually(() -> heldEntered.get() == SLOW_REQUESTS))
        .as("every held handler entered").isTrue();
    for (int i = 0; i < 10; i++) {
      Timed fast = timed(get("/patient/fast")).get(PATIENCE_MS, TimeUnit.MILLISECONDS);
      assertThat(fast.response().statusCode()).isEqualTo(200);
      assertThat(fast.response().body()).isEqualTo("{\"fast\":true}");
    }
    assertThat(held).noneMatch(CompletableFuture::isDone);
    heldGoOn.countDown();
    for (CompletableFuture<Timed> request : held) {
      assertThat(request.get(PATIENCE_MS, TimeUnit.MILLISECONDS).response().body())
          .isEqualTo("{\"held\":true}");
    }
  }

  @Test
  void slowRequestsBeyondTheContainersThreadsAllGet503() throws Exception {
    List<CompletableFuture<Timed>> slow = new ArrayList<>();
    for (int i = 0; i < SLOW_REQUESTS; i++) {
      slow.add(timed(get("/slow")));
    }
    for (CompletableFuture<Timed> request : slow) {
      // In the fallback, requests beyond the container's threads wait for one to free up first.
      assertTimedOut(
          request.get(), DEADLINE_MS, (asyncSupported() ? 1 : 2) * DEADLINE_MS + SLACK_MS);
    }
    assertThat(timed(get("/fast")).get().response().statusCode()).isEqualTo(200);
  }

  @Test
  void aLateAnswerIsDroppedQuietly() throws Exception {
    int before = lateFinished.get();
    assertTimedOut(timed(get("/stubborn")).get(), DEADLINE_MS);
    assertTimedOut(timed(get("/stubborn-failure")).get(), DEADLINE_MS);
    stubbornGoOn.release(2);
    assertThat(eventually(() -> lateFinished.get() == before + 2)).isTrue();
    assertThat(eventually(() -> logs.stream().anyMatch(
        record -> record.getMessage().contains("late and broken")))).isTrue();
    // Each timeout is one warning; the late answers add nothing above debug level.
    assertThat(logs)
        .filteredOn(record -> record.getLevel().intValue() > Level.FINE.intValue())
        .allSatisfy(record -> {
          assertThat(record.getLevel()).isEqualTo(Level.WARNING);
          assertThat(record.getThrown()).isNull();
        })
        .filteredOn(record -> record.getMessage().contains("no answer within"))
        .hasSize(2);
    assertThat(logs).anySatisfy(record -> {
      assertThat(record.getLevel()).isEqualTo(Level.FINE);
      assertThat(record.getMessage()).contains("late and broken");
    });
    // The servlet and the handler threads are fine afterwards.
    assertThat(timed(get("/fast")).get().response().body()).isEqualTo("{\"fast\":true}");
  }

  @Test
  void aQuickRouteRunsOnTheRequestThreadAndStillAnswersByTheDeadlineWhenItHangs()
      throws Exception {
    assumeTrue(asyncSupported(), "without async support handlers always run on the executor");
    flakySlow = false;
    // Quick is within a quarter of the deadline: on a busy machine a call may miss it and start
    // the count again, so send calls until one runs inline, rather than a fixed number.
    for (int i = 0; i < 20 * QUICK_CALLS_BEFORE_INLINE
        && (flakyThreads.isEmpty() || lastFlakyThread().startsWith("pool-")); i++) {
      assertThat(timed(get("/flaky")).get().response().body()).isEqualTo("{\"flaky\":true}");
    }
    // The first calls went to the executor, the last one ran on a container thread.
    assertThat(flakyThreads.size()).isGreaterThan(QUICK_CALLS_BEFORE_INLINE);
    assertThat(flakyThreads.get(0)).startsWith("pool-");
    assertThat(lastFlakyThread()).doesNotStartWith("pool-");

    flakySlow = true;
    flakyThreads.clear();
    assertTimedOut(timed(get("/flaky")).get(), DEADLINE_MS);
    assertThat(flakyThreads.get(0)).doesNotStartWith("pool-");
    // Having missed its deadline, the route's calls go to the executor again.
    assertTimedOut(timed(get("/flaky")).get(), DEADLINE_MS);
    assertThat(flakyThreads.get(1)).startsWith("pool-");

    // The interrupted container thread went back to work cleanly.
    flakySlow = false;
    for (int i = 0; i < 20; i++) {
      assertThat(timed(get("/fast")).get().response().statusCode()).isEqualTo(200);
    }
  }

  private String lastFlakyThread() {
    return flakyThreads.get(flakyThreads.size() - 1);
  }

  @Test
  void aFullExecutorGets503AtOnce() throws Exception {
    Timed timed = timed(get("/busy/fast")).get();
    assertThat(timed.response().statusCode()).isEqualTo(503);
    // Its own answer, not the deadline's, and well before that deadline.
    assertThat(timed.response().body())
        .isEqualTo("{\"message\":\"too many requests in progress\"}");
    assertThat(timed.millis()).isLessThan(CardSettings.DEFAULT_HANDLER_TIMEOUT.toMillis());
  }

  @Test
  void withoutADeadlineHandlersRunOnTheRequestThread() throws Exception {
    inlineThreads.clear();
    assertThat(timed(get("/inline/where")).get().response().statusCode()).isEqualTo(200);
    assertThat(timed(get("/where")).get().response().statusCode()).isEqualTo(200);
    assertThat(inlineThreads).hasSize(2);
    assertThat(inlineThreads.get(0)).doesNotStartWith("crmcards-").doesNotStartWith("pool-");
    assertThat(inlineThreads.get(1)).startsWith("pool-");
  }

  @Test
  void theFallbackIsLoggedOnce() throws Exception {
    assumeTrue(!asyncSupported());
    CardServlet servlet =
        new CardServlet(routes(""), settings().handlerTimeout(Duration.ofSeconds(1)).build());
    // A fresh servlet, so that the one-time warning is still to come.
    ServletContainer fresh = newContainerLikeThis();
    String url;
    try {
      url = fresh.start(Map.of("", servlet));
      for (int i = 0; i < 3; i++) {
        String target = url + "/fast?" + DEFAULTS;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target));
        SignatureVerifier.signedHeaders(SECRET, "GET", target, new byte[0],
            System.currentTimeMillis()).forEach(request::header);
        assertThat(client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(200);
      }
    } finally {
      fresh.stop();
    }
    assertThat(logs)
        .filteredOn(record -> record.getMessage().contains("is not async-supported"))
        .hasSize(1)
        .allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.WARNING));
  }

  /** Another container of the kind under test, for a test that needs its own servlet. */
  ServletContainer newContainerLikeThis() {
    return newContainer();
  }

  @Test
  void manyTimeoutsAtOnceLeaveNoThreadBehind() throws Exception {
    CountDownLatch done = new CountDownLatch(8);
    List<CompletableFuture<Timed>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(timed(get("/slow")).whenComplete((r, e) -> done.countDown()));
    }
    assertThat(done.await(PATIENCE_MS, TimeUnit.MILLISECONDS)).isTrue();
    for (CompletableFuture<Timed> call : calls) {
      assertThat(call.get().response().statusCode()).isEqualTo(503);
    }
  }
}

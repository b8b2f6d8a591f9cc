package dev.crmcards.servlet;

import static dev.crmcards.servlet.CardServletContract.DEFAULTS;
import static dev.crmcards.servlet.CardServletContract.MAPPER;
import static dev.crmcards.servlet.CardServletContract.SECRET;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.core.Answer;
import dev.crmcards.core.HandlerGuard;
import dev.crmcards.core.VerifiedCall;
import dev.crmcards.signature.SignatureVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Thousands of malformed requests over raw sockets: nothing but the handlers that throw on purpose
 * may cause a 5xx, no request hangs, the servlet still answers a good request afterwards, and the
 * pipeline keeps nothing of the requests it has answered. {@code -Dfuzz.seed=} replays a run,
 * {@code -Dfuzz.count=} sets how many requests each container gets (default 10,000).
 *
 * <p>"Keeps nothing" is checked by reachability, not by the size of the heap: a guard sees every
 * request that was verified and routed and hands the pipeline an outcome that holds it, so that
 * anything the pipeline kept of an exchange (a watched call, a queued task, a guard's ear) would
 * keep the request reachable. After the run every one of them must have been collected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FuzzContract {
  static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  static final int COUNT = Integer.getInteger("fuzz.count", 10_000);
  static final int CLIENTS = 4;
  static final int TIMEOUT_MS = 10_000;
  /** How long the collector may take to clear the requests' references, on a busy machine. */
  static final long COLLECTION_MS = 60_000;
  static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");
  private final Map<String, String> samples = new ConcurrentHashMap<>();
  /** Every request the pipeline verified and routed, weakly. */
  private final Queue<WeakReference<VerifiedCall>> seen = new ConcurrentLinkedQueue<>();
  static final String INTERNAL_ERROR = "{\"message\":\"internal error\"}";

  abstract ServletContainer newContainer();

  abstract String name();

  private ServletContainer container;
  private int port;
  private final Logger servletLog = Logger.getLogger(CardServlet.class.getName());
  private final Logger containerLog = Logger.getLogger("org.apache");

  @BeforeAll
  void start() throws Exception {
    // Thousands of rejected requests are logged at INFO and WARNING; not needed here.
    servletLog.setLevel(Level.OFF);
    containerLog.setLevel(Level.OFF);
    container = newContainer();
    String base =
        container.start(
            Map.of(
                "",
                new CardServlet(
                    CardServletContract.bugRoutes(""),
                    // v2 alone verifies too, so that fuzzed v2 headers reach v2's own checks.
                    CardSettings.builder().clientSecret(SECRET).maxBodyBytes(64 * 1024)
                        .requireV3(false).handlerGuard(this::watch).build())));
    port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
  }

  @AfterAll
  void stop() throws Exception {
    try {
      container.stop();
    } finally {
      servletLog.setLevel(null);
      containerLog.setLevel(null);
    }
  }

  @Test
  void malformedRequests() throws Exception {
    System.out.println(name() + " fuzz: seed " + SEED + ", " + COUNT
        + " requests (replay with -Dfuzz.seed=" + SEED + ")");
    FuzzRequests requests = new FuzzRequests(SEED, port, SECRET);

    long start = System.nanoTime();
    Map<String, LongAdder> outcomes = run(requests, 0, COUNT - 1);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(signedFetch().status()).isEqualTo(200);
    int verified = seen.size();
    int kept = keptAfterCollection();

    StringBuilder summary = new StringBuilder();
    new TreeMap<>(outcomes).forEach((outcome, n) -> summary.append("\n  ").append(outcome)
        .append(": ").append(n));
    System.out.printf(Locale.ROOT, "%s fuzz: %d requests in %d ms, %d of them verified and"
            + " routed; answers:%s%n", name(), COUNT, millis, verified, summary);
    assertThat(verified).as("requests that reached the guard").isGreaterThan(COUNT / 100);
    assertThat(kept).as("verified requests still reachable after the run").isZero();
  }

  /** The guard: remembers the call weakly and lets it through with an outcome that holds it. */
  private HandlerGuard.Admission watch(VerifiedCall call) {
    seen.add(new WeakReference<>(call));
    return HandlerGuard.Admission.proceed(new HandlerGuard.Outcome() {
      private final VerifiedCall held = call;

      @Override
      public void answered(Answer answer) {
        Objects.requireNonNull(held);
      }

      @Override
      public void unanswered() {
        Objects.requireNonNull(held);
      }
    });
  }

  /**
   * How many of the verified requests are still reachable once the collector has had its chance:
   * collections are asked for until every reference is cleared or {@link #COLLECTION_MS} pass.
   */
  private int keptAfterCollection() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(COLLECTION_MS);
    while (true) {
      seen.removeIf(reference -> reference.get() == null);
      if (seen.isEmpty() || System.nanoTime() > end) {
        return seen.size();
      }
      System.gc();
      Thread.sleep(50);
    }
  }

  /** Sends requests {@code from..to} from {@link #CLIENTS} threads; the outcome counts. */
  private Map<String, LongAdder> run(FuzzRequests requests, int from, int to) throws Exception {
    Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int first = from + c;
        work.add(clients.submit(() -> {
          for (int i = first; i <= to; i += CLIENTS) {
            FuzzRequests.Fuzzed request = requests.make(i);
            String outcome = (request.garbage() ? "broken HTTP:     " : "well-formed HTTP: ")
                + check(request, send(request));
            if (VERBOSE && samples.putIfAbsent(outcome, request.show(600)) == null) {
              System.out.println("first of '" + outcome + "': #" + i + "\n" + request.show(600));
            }
            outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
          }
          return null;
        }));
      }
      for (Future<?> future : work) {
        future.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return outcomes;
  }

  private RawHttp.Response send(FuzzRequests.Fuzzed request) throws IOException {
    try {
      return RawHttp.once(port, request.bytes(), TIMEOUT_MS, request.head());
    } catch (SocketTimeoutException e) {
      throw new AssertionError(failure(request, "no answer and no close within " + TIMEOUT_MS
          + " ms"), e);
    } catch (IOException e) {
      throw new AssertionError(failure(request, "unreadable answer: " + e), e);
    }
  }

  /** Checks one answer; returns how to count it. */
  private String check(FuzzRequests.Fuzzed request, RawHttp.Response response) {
    if (response == null) {
      return "closed without an answer";
    }
    int status = response.status();
    if (status == 0) {
      String text = new String(response.body(), UTF_8);
      if (!text.contains("400")) {
        throw new AssertionError(failure(request, "answered without status line: " + text));
      }
      return "400 from " + name() + " itself, without status line (HTTP/0.9 style)";
    }
    String type = response.header("Content-Type");
    boolean fromServlet =
        type != null
            && type.replace(" ", "").equalsIgnoreCase("application/json;charset=UTF-8")
            && "no-store".equals(response.header("Cache-Control"));
    if (fromServlet && !request.head()) {
      JsonNode json;
      try {
        json = MAPPER.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError(failure(request, "servlet answer is not JSON: "
            + new String(response.body(), UTF_8)));
      }
      if (status != 200 && !(json.size() == 1 && json.path("message").isTextual())) {
        throw new AssertionError(failure(request, "error answer without a message: " + json));
      }
    }
    if (status >= 500) {
      boolean onPurpose = fromServlet && status == 500 && request.throwingRoute()
          && (request.head() || new String(response.body(), UTF_8).equals(INTERNAL_ERROR));
      boolean protocol = !fromServlet && (status == 501 || status == 505) && request.oddProtocol();
      if (!onPurpose && !protocol) {
        throw new AssertionError(failure(request, "answered " + status + " "
            + (fromServlet ? "by the servlet" : "by the container") + ": "
            + new String(response.body(), UTF_8)));
      }
    }
    return status + (fromServlet ? " from the servlet" : " from " + name() + " itself")
        + (status == 500 && fromServlet ? " (handler throwing on purpose)" : "");
  }

  private String failure(FuzzRequests.Fuzzed request, String what) {
    return name() + " fuzz request #" + request.index() + " (seed " + SEED + ", " + request.kind()
        + "): " + what + "\nrequest:\n" + request.show(3000);
  }

  private RawHttp.Response signedFetch() throws IOException {
    String target = "/demo-fetch?" + DEFAULTS;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n")
        .getBytes(UTF_8));
    SignatureVerifier.signedHeaders(SECRET, "GET", "http://127.0.0.1:" + port + target, null,
            System.currentTimeMillis())
        .forEach((name, value) -> out.writeBytes((name + ": " + value + "\r\n").getBytes(UTF_8)));
    out.writeBytes("Connection: close\r\n\r\n".getBytes(UTF_8));
    return RawHttp.once(port, out.toByteArray(), TIMEOUT_MS, false);
  }
}

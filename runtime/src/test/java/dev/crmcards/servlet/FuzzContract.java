package dev.crmcards.servlet;

import static dev.crmcards.servlet.CardServletContract.DEFAULTS;
import static dev.crmcards.servlet.CardServletContract.MAPPER;
import static dev.crmcards.servlet.CardServletContract.SECRET;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.signature.SignatureVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Thousands of malformed requests over raw sockets: nothing but the handlers that throw on purpose
 * may cause a 5xx, no request hangs, the servlet still answers a good request afterwards and the
 * heap does not grow. {@code -Dfuzz.seed=} replays a run, {@code -Dfuzz.count=} sets how many
 * requests each container gets (default 10,000).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FuzzContract {
  static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  static final int COUNT = Integer.getInteger("fuzz.count", 10_000);
  static final int CLIENTS = 4;
  static final int TIMEOUT_MS = 10_000;
  static final long HEAP_TOLERANCE = 24L * 1024 * 1024;
  static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");
  private final Map<String, String> samples = new ConcurrentHashMap<>();
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
                    CardSettings.builder().clientSecret(SECRET).maxBodyBytes(64 * 1024).build())));
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

    // Warm up thread pools, per-thread buffers and the JIT before taking the heap's measure.
    run(requests, -1000, -1);
    long heapBefore = usedHeapAfterGc();

    long start = System.nanoTime();
    Map<String, LongAdder> outcomes = run(requests, 0, COUNT - 1);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(signedFetch().status()).isEqualTo(200);
    long heapAfter = usedHeapAfterGc();

    StringBuilder summary = new StringBuilder();
    new TreeMap<>(outcomes).forEach((outcome, n) -> summary.append("\n  ").append(outcome)
        .append(": ").append(n));
    System.out.printf(Locale.ROOT, "%s fuzz: %d requests in %d ms; used heap after GC %d KiB"
            + " before, %d KiB after; answers:%s%n",
        name(), COUNT, millis, heapBefore / 1024, heapAfter / 1024, summary);
    assertThat(heapAfter - heapBefore)
        .as("heap growth over the fuzz run (bytes)")
        .isLessThan(HEAP_TOLERANCE);
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

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

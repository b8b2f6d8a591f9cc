package dev.crmcards.load;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.redis.RedisReplayStore;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CardServlet;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Action hooks under load, against a card server in this JVM (Jetty on 127.0.0.1, real HTTP):
 * CONNECTIONS clients (default 32) each send signed requests back to back, every one signed anew
 * (v3, current timestamp) for a new ticket id; with a store, one in ten is sent a second time and
 * must get the first answer again. Each scenario has its own server, warmed up with WARMUP seconds
 * of load; then the scenarios take turns for ROUNDS rounds of DURATION seconds. Scenarios:
 *
 * <ul>
 *   <li>{@code fetch}: the data fetch, never held back (the yardstick, with the Redis store set);
 *   <li>{@code hook, no store}: hooks with no replay store;
 *   <li>{@code hook, in memory}: hooks with {@code ReplayStore.inMemory(5_000_000, 512 MiB)}
 *       (the default bound, 100,000 keys, is reached within a minute at this rate);
 *   <li>{@code hook, Redis}: hooks with {@code RedisReplayStore} on the given Redis;
 *   <li>{@code form hook}: the bug tracker's "Report a bug" form ({@link ReportForm}, ten inputs)
 *       through the generated card's reader, no store: to compare with {@code hook, no store}.
 * </ul>
 *
 * <p>Prints requests/s (the median round, and every round), p50 (median round) and p99 (worst
 * round) latency, errors (an exception, an unexpected status, or a copy
 * whose answer differs from the first) and double-handled hooks (handler calls beyond one per
 * ticket id; without a store, the copies are handled again by design). Exits 1 if a scenario with
 * a store has errors or double-handled hooks.
 *
 * <p>{@code java -cp crmcards-load.jar dev.crmcards.load.HookLoad REDIS_URI}; environment
 * CONNECTIONS (default 32), WARMUP (s, default 15), ROUNDS (default 3), DURATION (s, default 10).
 */
public final class HookLoad {

  private static final String SECRET = "load-test-secret";
  private static final String ORIGIN = "https://cards.example.test";
  private static final String QUERY =
      "?userId=1&userEmail=a%40b.c&associatedObjectId=7&associatedObjectType=TICKET&portalId=42";
  private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

  private HookLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: HookLoad REDIS_URI");
      System.exit(2);
    }
    int connections = intEnv("CONNECTIONS", 32);
    Duration warmup = Duration.ofSeconds(intEnv("WARMUP", 15));
    Duration duration = Duration.ofSeconds(intEnv("DURATION", 10));
    int rounds = intEnv("ROUNDS", 3);
    boolean ok = true;
    try (RedisReplayStore redis = RedisReplayStore.create(args[0])) {
      List<Scenario> scenarios = List.of(
          new Scenario("fetch", redis, false),
          new Scenario("hook, no store", null, true),
          // Bounds above the default 100,000 keys, which this load fills in under a minute.
          new Scenario("hook, in memory", ReplayStore.inMemory(5_000_000, 512L << 20), true),
          new Scenario("hook, Redis", redis, true),
          new Scenario("form hook", null, false).form());
      try {
        for (Scenario scenario : scenarios) {
          scenario.start();
          Load.Result warm = scenario.measure(connections, warmup);
          if (warm.requests == 0) {
            throw new IllegalStateException(scenario.name + ": nothing answered while warming up");
          }
          scenario.results.clear();
          scenario.calls.clear();
        }
        for (int round = 0; round < rounds; round++) {
          for (Scenario scenario : scenarios) {
            scenario.results.add(scenario.measure(connections, duration));
          }
        }
      } finally {
        for (Scenario scenario : scenarios) {
          scenario.stop();
        }
      }
      System.out.printf("%-16s %26s %8s %8s %7s %16s%n", "scenario",
          "req/s (median; rounds)", "p50 ms", "p99 ms", "errors", "double-handled");
      for (Scenario scenario : scenarios) {
        ok &= scenario.report(duration);
      }
      Scenario plain = scenarios.get(1);
      Scenario form = scenarios.get(4);
      System.out.printf("form hook vs hook, no store: %.2fx (median rounds)%n",
          form.median(duration) / plain.median(duration));
      ERRORS.forEach((what, count) -> System.out.println("error: " + what + ": " + count));
    }
    System.exit(ok ? 0 : 1);
  }

  private static int intEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }

  /** One server and the load sent to it; the scenarios take turns, round after round. */
  private static final class Scenario {
    final String name;
    final ReplayStore store;
    final boolean hooks;
    final Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();
    final List<Load.Result> results = new ArrayList<>();
    final AtomicLong ids = new AtomicLong();
    boolean form;
    Server server;
    String base;

    Scenario(String name, ReplayStore store, boolean hooks) {
      this.name = name;
      this.store = store;
      this.hooks = hooks;
    }

    /** Sends the "Report a bug" form to the generated bug-tracker card instead. */
    Scenario form() {
      form = true;
      return this;
    }

    void start() throws Exception {
      CardRoutes routes = form
          ? BugTicketCrmCard.routes(new ReportForm.Handler())
          : CardRoutes.builder("tickets")
              .fetch(ORIGIN + "/tickets",
                  request -> json -> json.raw("{\"results\":[]}".getBytes(StandardCharsets.UTF_8)))
              .hook(HttpMethod.POST, ORIGIN + "/tickets/{id}/resolve", (request, path) -> {
                long id = path.longValue("id");
                int call = calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                return ActionResult.ok("resolved " + id + " on call " + call);
              })
              .build();
      CardSettings.Builder settings = CardSettings.builder().clientSecret(SECRET);
      if (store != null) {
        settings.replayStore(store);
      }
      server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler("/");
      ServletHolder holder = new ServletHolder(new CardServlet(routes, settings.build()));
      holder.setAsyncSupported(true);
      context.addServlet(holder, "/*");
      server.setHandler(context);
      server.start();
      base = "http://127.0.0.1:" + connector.getLocalPort();
    }

    Load.Result measure(int connections, Duration duration) throws InterruptedException {
      Function<Long, HttpRequest> request =
          form ? id -> reportBug(base) : hooks ? id -> hook(base, id) : id -> fetch(base);
      return Load.run(connections, duration, ids, request, hooks && store != null);
    }

    void stop() throws Exception {
      if (server != null) {
        server.stop();
      }
    }

    double median(Duration duration) {
      double seconds = duration.toNanos() / 1e9;
      double[] rates = results.stream().mapToDouble(r -> r.requests / seconds).sorted().toArray();
      return rates[rates.length / 2];
    }

    /** Prints the line; returns whether a scenario with a store met its bars. */
    boolean report(Duration duration) {
      double seconds = duration.toNanos() / 1e9;
      double[] rates = results.stream().mapToDouble(r -> r.requests / seconds).sorted().toArray();
      double[] p50s = results.stream().mapToDouble(r -> r.percentile(50) / 1e6).sorted().toArray();
      double p99 = results.stream().mapToDouble(r -> r.percentile(99) / 1e6).max().orElse(0);
      long errors = results.stream().mapToLong(r -> r.errors).sum();
      long doubles = 0;
      for (AtomicInteger count : calls.values()) {
        doubles += Math.max(0, count.get() - 1);
      }
      StringBuilder each = new StringBuilder();
      for (Load.Result result : results) {
        each.append(each.length() == 0 ? "" : " / ").append(Math.round(result.requests / seconds));
      }
      System.out.printf("%-16s %26s %8.2f %8.2f %7d %16s%n", name,
          Math.round(rates[rates.length / 2]) + "; " + each, p50s[p50s.length / 2], p99, errors,
          hooks ? doubles + " of " + calls.size() : "-");
      return store == null || (errors == 0 && doubles == 0);
    }
  }

  private static HttpRequest hook(String base, long id) {
    String path = "/tickets/" + id + "/resolve" + QUERY;
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(BODY))
            .header("Content-Type", "application/json");
    SignatureVerifier.signedHeaders(SECRET, "POST", ORIGIN + path, BODY,
        System.currentTimeMillis()).forEach(builder::header);
    return builder.build();
  }

  private static HttpRequest reportBug(String base) {
    String path = "/tickets" + QUERY;
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(ReportForm.BODY))
            .header("Content-Type", "application/json");
    SignatureVerifier.signedHeaders(SECRET, "POST", ReportForm.URL + QUERY, ReportForm.BODY,
        System.currentTimeMillis()).forEach(builder::header);
    return builder.build();
  }

  private static HttpRequest fetch(String base) {
    String path = "/tickets" + QUERY;
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
    SignatureVerifier.signedHeaders(SECRET, "GET", ORIGIN + path, new byte[0],
        System.currentTimeMillis()).forEach(builder::header);
    return builder.build();
  }

  /** What went wrong, and how often, over the whole run (warm-up included). */
  static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();

  /** Closed-loop clients: each sends its next request when the previous one is answered. */
  static final class Load {
    private Load() {}

    static final class Result {
      final long requests;
      final long errors;
      final long[] latencies;

      Result(long requests, long errors, long[] latencies) {
        this.requests = requests;
        this.errors = errors;
        this.latencies = latencies;
      }

      long percentile(int p) {
        if (latencies.length == 0) {
          return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
        return latencies[Math.max(0, Math.min(latencies.length - 1, index))];
      }
    }

    static Result run(int connections, Duration duration, AtomicLong ids,
        Function<Long, HttpRequest> requests, boolean copies) throws InterruptedException {
      HttpClient http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
      long end = System.nanoTime() + duration.toNanos();
      AtomicLong errors = new AtomicLong();
      long[][] perClient = new long[connections][];
      int[] counts = new int[connections];
      Thread[] clients = new Thread[connections];
      for (int c = 0; c < connections; c++) {
        int client = c;
        clients[c] = new Thread(() -> {
          long[] latencies = new long[1 << 16];
          int n = 0;
          while (System.nanoTime() < end) {
            long id = ids.incrementAndGet();
            HttpRequest request = requests.apply(id);
            boolean again = copies && ThreadLocalRandom.current().nextInt(10) == 0;
            String first = null;
            for (int send = 0; send < (again ? 2 : 1); send++) {
              long start = System.nanoTime();
              try {
                HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (n == latencies.length) {
                  latencies = Arrays.copyOf(latencies, n * 2);
                }
                latencies[n++] = took;
                if (response.statusCode() != 200) {
                  errors.incrementAndGet();
                  ERRORS.computeIfAbsent("status " + response.statusCode() + " " + response.body(),
                      k -> new AtomicLong()).incrementAndGet();
                } else if (first != null && !first.equals(response.body())) {
                  errors.incrementAndGet();
                  ERRORS.computeIfAbsent("a copy answered differently", k -> new AtomicLong())
                      .incrementAndGet();
                }
                // A copy of a request refused with a 5xx may rightly run: compare only to a 200.
                first = response.statusCode() == 200 ? response.body() : null;
              } catch (Exception e) {
                errors.incrementAndGet();
                ERRORS.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong())
                    .incrementAndGet();
              }
            }
          }
          perClient[client] = latencies;
          counts[client] = n;
        });
        clients[c].start();
      }
      for (Thread client : clients) {
        client.join();
      }
      long total = 0;
      for (int count : counts) {
        total += count;
      }
      long[] all = new long[(int) total];
      int at = 0;
      for (int c = 0; c < connections; c++) {
        System.arraycopy(perClient[c], 0, all, at, counts[c]);
        at += counts[c];
      }
      Arrays.sort(all);
      return new Result(total, errors.get(), all);
    }
  }
}

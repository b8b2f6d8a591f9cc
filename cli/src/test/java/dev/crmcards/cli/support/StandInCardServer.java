package dev.crmcards.cli.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.crmcards.signature.SignatureException;
import dev.crmcards.signature.SignatureVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A card server whose answers a test sets, so that {@code check} and {@code preview} can be shown
 * the bad answers and statuses the example server never gives (the example server itself is
 * played by {@code CheckAgainstExampleServerTest} and the README's commands): {@code GET
 * /demo-fetch} answers with a configurable body (by default the seed guide's example response),
 * paths ending in {@code -iframe-contents} serve a page that closes its modal with {@code
 * {"action":"DONE"}}, and every other request is an action hook answered with {@code {"message":
 * ...}}. Each request is recorded with its signature verdicts, judged as a crmcards server judges
 * them: for the URL the example card declares (its origin {@value #FETCH_ORIGIN} for the fetch,
 * {@value #ACTION_ORIGIN} for actions, with the path and query as received), or, once told to
 * {@linkplain #expectLocalProxy() expect the local proxy}, for the URL called exactly as sent.
 */
public final class StandInCardServer implements AutoCloseable {
  public static final String FETCH_PATH = "/demo-fetch";
  /** The origin of the example card's {@code targetUrl}. */
  public static final String FETCH_ORIGIN = "https://www.example.com";
  /** The origin of the example card's actions. */
  public static final String ACTION_ORIGIN = "https://example.com";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final SignatureVerifier verifier;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();

  private volatile int fetchStatus = 200;
  private volatile String fetchContentType = "application/json";
  private volatile String fetchBody = Fixtures.seedResponse();
  private volatile Duration fetchDelay = Duration.ZERO;
  private volatile int hookStatus = 200;
  private volatile boolean localProxy;
  private final String secret;

  private StandInCardServer(String secret) throws IOException {
    this.secret = secret;
    // Judges each version on its own, so v2 alone must verify here too.
    this.verifier = SignatureVerifier.builder().secret(secret).requireV3(false).build();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static StandInCardServer start(String secret) throws IOException {
    return new StandInCardServer(secret);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public String fetchUrl() {
    return url(FETCH_PATH);
  }

  public String origin() {
    return url("");
  }

  public StandInCardServer fetchResponse(int status, String contentType, String body) {
    this.fetchStatus = status;
    this.fetchContentType = contentType;
    this.fetchBody = body;
    return this;
  }

  public StandInCardServer fetchBody(String body) {
    return fetchResponse(200, "application/json", body);
  }

  public StandInCardServer fetchDelay(Duration delay) {
    this.fetchDelay = delay;
    return this;
  }

  public StandInCardServer hookStatus(int status) {
    this.hookStatus = status;
    return this;
  }

  /** Judges signatures as made by {@code hs project dev}'s local proxy: for the URL called, as sent. */
  public StandInCardServer expectLocalProxy() {
    this.localProxy = true;
    return this;
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** Waits for a request matching the method and path. */
  public Recorded await(String method, String path, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (Recorded request : requests) {
        if (request.method().equals(method) && request.path().equals(path)) {
          return request;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + method + " " + path + " within " + timeout + "; got " + requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String url = url(exchange.getRequestURI().toString());
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (path.endsWith("-iframe-contents")) {
        requests.add(new Recorded(method, url, headers, body, "missing", "missing"));
        send(exchange, 200, "text/html; charset=utf-8", iframePage(path));
        return;
      }
      String signed = localProxy
          ? url
          : (path.equals(FETCH_PATH) ? FETCH_ORIGIN : ACTION_ORIGIN) + exchange.getRequestURI().getRawPath()
              + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      requests.add(
          new Recorded(method, url, headers, body, verdict(method, signed, body, headers, false),
              verdict(method, signed, body, headers, true)));
      if (path.equals(FETCH_PATH) && method.equals("GET")) {
        sleep(fetchDelay);
        send(exchange, fetchStatus, fetchContentType, fetchBody);
      } else {
        String message = hookStatus < 300
            ? method + " " + path + " done"
            : "Ticket is locked";
        send(exchange, hookStatus, "application/json", "{\"message\": \"" + message + "\"}");
      }
    }
  }

  private String verdict(String method, String url, byte[] body, Map<String, String> headers, boolean v3) {
    String header = v3 ? SignatureVerifier.SIGNATURE_V3_HEADER : SignatureVerifier.SIGNATURE_HEADER;
    if (headers.get(header) == null) {
      return "missing";
    }
    if (v3 && localProxy) {
      String expected = SignatureVerifier.signV3AsSent(
          secret, method, url, body, Long.parseLong(headers.get(SignatureVerifier.TIMESTAMP_HEADER)));
      return expected.equals(headers.get(header)) ? "valid" : "v3 signature is not the local proxy's for " + url;
    }
    Function<String, String> lookup =
        v3
            ? headers::get
            : name ->
                name.equalsIgnoreCase(SignatureVerifier.SIGNATURE_V3_HEADER) ? null : headers.get(name);
    try {
      verifier.verify(method, url, body, lookup);
      return "valid";
    } catch (SignatureException e) {
      return e.getMessage();
    }
  }

  private static String iframePage(String path) {
    return "<!doctype html><html><body><h1>" + path + "</h1><script>"
        + "setTimeout(function () {"
        + " window.parent.postMessage(JSON.stringify({\"action\": \"DONE\"}), \"*\"); }, 300);"
        + "</script></body></html>";
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

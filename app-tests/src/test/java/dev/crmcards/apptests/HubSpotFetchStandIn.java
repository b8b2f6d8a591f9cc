package dev.crmcards.apptests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.crmcards.signature.SignatureVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HubSpot's side of {@code hubspot.fetch} for tests: takes {@code {"url", "method", "body"}} from
 * the rendered card, signs the request with v3 for the URL the card asked for (as HubSpot signs
 * with the app's client secret), and sends it to the example server standing in for that URL.
 */
final class HubSpotFetchStandIn implements AutoCloseable {
  /** One request passed on, and the status the card server answered. */
  record Forwarded(String method, String url, String body, int status) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExampleBackends backends;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();

  private HubSpotFetchStandIn(ExampleBackends backends) throws IOException {
    this.backends = backends;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/fetch", this::forward);
    server.start();
  }

  static HubSpotFetchStandIn start(ExampleBackends backends) throws IOException {
    return new HubSpotFetchStandIn(backends);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/fetch";
  }

  List<Forwarded> forwarded() {
    return List.copyOf(forwarded);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode call = JSON.readTree(exchange.getRequestBody().readAllBytes());
      String url = call.path("url").asText();
      String method = call.path("method").asText("GET");
      JsonNode body = call.path("body");
      byte[] bytes = body.isObject() ? JSON.writeValueAsBytes(body) : new byte[0];
      long timestamp = System.currentTimeMillis();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(backends.local(URI.create(url)))
              .timeout(Duration.ofSeconds(15))
              .header(SignatureVerifier.SIGNATURE_V3_HEADER,
                  SignatureVerifier.signV3(ExampleBackends.SECRET, method, url, bytes, timestamp))
              .header(SignatureVerifier.TIMESTAMP_HEADER, Long.toString(timestamp))
              .method(method, bytes.length == 0
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofByteArray(bytes));
      if (bytes.length > 0) {
        request.header("Content-Type", "application/json");
      }
      HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      forwarded.add(new Forwarded(method, url, new String(bytes, StandardCharsets.UTF_8), answer.statusCode()));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      byte[] answerBody = answer.body();
      exchange.sendResponseHeaders(answer.statusCode(), answerBody.length == 0 ? -1 : answerBody.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answerBody);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      byte[] message = ("{\"message\":\"stand-in failed: " + e.getClass().getSimpleName() + "\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(502, message.length);
      exchange.getResponseBody().write(message);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

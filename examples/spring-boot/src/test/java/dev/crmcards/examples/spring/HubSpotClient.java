package dev.crmcards.examples.spring;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.signature.SignatureVersion;
import dev.crmcards.signature.SignatureVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends requests to the running application over HTTP, signed as HubSpot signs them: for the URL
 * the card declares (its origin, the path and the query), with the app's client secret.
 */
final class HubSpotClient {
  /** The origin of the card's URLs. */
  static final String CARD_ORIGIN = "https://billing.example.com";

  /** What HubSpot sends with every request to a card on a company record. */
  static final String QUERY =
      "?userId=7&userEmail=ada%40example.com&associatedObjectId=53701"
          + "&associatedObjectType=COMPANY&portalId=42&domain=acme.test";

  /** How long a raw request waits for its answer (never reached when all is well). */
  private static final int PATIENCE_MILLIS = 30_000;
  /** Where the status code starts in an answer's first line. */
  private static final int STATUS_AT = "HTTP/1.1 ".length();

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String base;
  private final String secret;

  HubSpotClient(int port, String secret) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
    this.secret = secret;
  }

  /** The status and body of an answer to a request written byte for byte. */
  record RawAnswer(int status, String body) {}

  /** A request signed with the given versions (none: v2 and v3, as HubSpot sends). */
  HttpResponse<String> signed(String method, String pathAndQuery, String contentType, String body,
      SignatureVersion... versions) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(method, pathAndQuery, contentType, body);
    SignatureVerifier.signedHeaders(secret, method, CARD_ORIGIN + pathAndQuery,
            body.getBytes(UTF_8), System.currentTimeMillis(), versions)
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A signed GET written byte for byte on a socket, for a query that {@link URI} refuses to hold
   * (a malformed escape such as {@code %C}), which HubSpot may still send.
   */
  RawAnswer signedRaw(String pathAndQuery) throws IOException {
    StringBuilder head =
        new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
    SignatureVerifier.signedHeaders(secret, "GET", CARD_ORIGIN + pathAndQuery, new byte[0],
            System.currentTimeMillis())
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(PATIENCE_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(UTF_8));
      out.flush();
      // The servlet writes a Content-Length and the server closes: the rest of the stream is it.
      String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);
      int status = Integer.parseInt(answer.substring(STATUS_AT, STATUS_AT + 3));
      return new RawAnswer(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }
  }

  /** A request without any signature. */
  HttpResponse<String> unsigned(String method, String pathAndQuery, String contentType,
      String body) throws IOException, InterruptedException {
    return http.send(request(method, pathAndQuery, contentType, body).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(
      String method, String pathAndQuery, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .method(method, body.isEmpty()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return request;
  }
}

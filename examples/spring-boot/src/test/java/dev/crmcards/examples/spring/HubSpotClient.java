package dev.crmcards.examples.spring;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.signature.SignatureVersion;
import dev.crmcards.signature.SignatureVerifier;
import java.io.IOException;
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

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String secret;

  HubSpotClient(int port, String secret) {
    this.base = "http://127.0.0.1:" + port;
    this.secret = secret;
  }

  /** A request signed with the given versions (none: v2 and v3, as HubSpot sends). */
  HttpResponse<String> signed(String method, String pathAndQuery, String contentType, String body,
      SignatureVersion... versions) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(method, pathAndQuery, contentType, body);
    SignatureVerifier.signedHeaders(secret, method, CARD_ORIGIN + pathAndQuery,
            body.getBytes(UTF_8), System.currentTimeMillis(), versions)
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

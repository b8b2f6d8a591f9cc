package dev.crmcards.cli.request;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/**
 * A request as HubSpot (or {@code hs project dev}'s local proxy) would send it to a card server:
 * method, the URL it goes to, body, and the signature headers computed over the body and the URL
 * the signer signs, which for HubSpot is the URL the card declares.
 *
 * @param url where the request is sent
 * @param signedUrl the URL the signatures cover
 * @param contentType the body's type, or {@code null} without a body
 */
public record SignedRequest(
    String method, String url, String signedUrl, byte[] body, String contentType, Map<String, String> headers) {

  public SignedRequest {
    body = body.clone();
    headers = Map.copyOf(headers);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public HttpRequest toHttpRequest(Duration timeout) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    builder.header("Accept", "application/json");
    builder.header("User-Agent", "crmcards-cli");
    headers.forEach(builder::header);
    return builder.build();
  }
}

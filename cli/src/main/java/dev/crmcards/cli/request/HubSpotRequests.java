package dev.crmcards.cli.request;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.signature.SignatureVerifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the signed requests HubSpot sends to a card server: the data fetch, and action hooks.
 * Signatures cover the URL exactly as sent (scheme, host, path, encoded query) and the body bytes.
 */
public final class HubSpotRequests {
  private static final String FORM = "application/x-www-form-urlencoded";

  private HubSpotRequests() {}

  /** {@code GET url?params}, the data fetch. */
  public static SignedRequest fetch(
      String url, List<Param> params, String secret, SignatureChoice signatures, long nowMillis) {
    return sign("GET", QueryString.append(url, params), new byte[0], null, secret, signatures, nowMillis);
  }

  /**
   * An action hook: for GET and DELETE the parameters go into the query; for POST, PUT and PATCH
   * into a form-urlencoded body, as legacy cards send them.
   */
  public static SignedRequest actionHook(
      String method,
      String uri,
      List<Param> params,
      String secret,
      SignatureChoice signatures,
      long nowMillis) {
    String upper = method.toUpperCase(Locale.ROOT);
    if (upper.equals("GET") || upper.equals("DELETE")) {
      return sign(upper, QueryString.append(uri, params), new byte[0], null, secret, signatures, nowMillis);
    }
    byte[] body = QueryString.encode(params).getBytes(UTF_8);
    return sign(upper, uri, body, FORM, secret, signatures, nowMillis);
  }

  private static SignedRequest sign(
      String method,
      String url,
      byte[] body,
      String contentType,
      String secret,
      SignatureChoice signatures,
      long nowMillis) {
    Map<String, String> headers =
        SignatureVerifier.signedHeaders(secret, method, url, body, nowMillis, signatures.versions());
    return new SignedRequest(method, url, body, contentType, headers);
  }
}

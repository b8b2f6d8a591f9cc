package dev.crmcards.cli.request;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Locale;

/**
 * Builds the signed requests HubSpot sends to a card server: the data fetch, and action hooks.
 * Each goes to the URL called (the card server under test) and is signed for the URL its {@link
 * Signer} signs: HubSpot signs the URL the card declares, {@code hs project dev}'s local proxy the
 * URL it calls. Signatures cover that URL with the encoded query, and the body bytes.
 */
public final class HubSpotRequests {
  /** The type of a legacy card's action parameters sent as a body. */
  public static final String FORM = "application/x-www-form-urlencoded";

  private HubSpotRequests() {}

  /**
   * {@code GET url?params}, the data fetch.
   *
   * @param declaredUrl the definition's {@code targetUrl}
   * @param calledUrl where the request goes
   */
  public static SignedRequest fetch(
      String declaredUrl,
      String calledUrl,
      List<Param> params,
      String secret,
      SignatureChoice signatures,
      Signer signer,
      long nowMillis) {
    return asGiven(
        "GET", QueryString.append(declaredUrl, params), QueryString.append(calledUrl, params), new byte[0], null,
        secret, signatures, signer, nowMillis);
  }

  /**
   * An action hook: for GET and DELETE the parameters go into the query; for POST, PUT and PATCH
   * into a form-urlencoded body, as legacy cards send them.
   *
   * @param declaredUri the action's {@code uri}, as the card server's answer gave it
   * @param calledUri where the request goes
   */
  public static SignedRequest actionHook(
      String method,
      String declaredUri,
      String calledUri,
      List<Param> params,
      String secret,
      SignatureChoice signatures,
      Signer signer,
      long nowMillis) {
    String upper = method.toUpperCase(Locale.ROOT);
    if (upper.equals("GET") || upper.equals("DELETE")) {
      return asGiven(
          upper, QueryString.append(declaredUri, params), QueryString.append(calledUri, params), new byte[0], null,
          secret, signatures, signer, nowMillis);
    }
    byte[] body = QueryString.encode(params).getBytes(UTF_8);
    return asGiven(upper, declaredUri, calledUri, body, FORM, secret, signatures, signer, nowMillis);
  }

  /**
   * A request exactly as given, signed as {@code signer} signs it: for one made by hand, such as a
   * form's submission.
   *
   * @param contentType the body's type, or {@code null} without a body
   */
  public static SignedRequest asGiven(
      String method,
      String declaredUrl,
      String calledUrl,
      byte[] body,
      String contentType,
      String secret,
      SignatureChoice signatures,
      Signer signer,
      long nowMillis) {
    String signedUrl = signer.signedUrl(declaredUrl, calledUrl);
    return new SignedRequest(
        method, calledUrl, signedUrl, body, contentType,
        signer.headers(secret, method, signedUrl, body, nowMillis, signatures));
  }
}

package dev.crmcards.cli.request;

import dev.crmcards.signature.SignatureVerifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who signs a request a card server receives, and so which URL the signatures cover
 * (HUBSPOT-SPEC §12).
 */
public enum Signer {
  /**
   * HubSpot: signs the URL the card declares (the definition's {@code targetUrl}, the action's
   * {@code uri}), wherever the request is sent; v3 with HubSpot's unescaping.
   */
  HUBSPOT,
  /**
   * The local proxy of {@code hs project dev}: signs the URL it calls (the local URL), exactly as
   * sent: v3 without HubSpot's unescaping, so {@code %40} stays {@code %40}.
   */
  LOCAL_PROXY;

  /** The URL the signatures cover: {@code declared} for HubSpot, {@code called} for the local proxy. */
  public String signedUrl(String declared, String called) {
    return this == HUBSPOT ? declared : called;
  }

  /**
   * The signature headers this signer sends with a request signed for {@code signedUrl}; v2 covers
   * the URL as given for both, only v3 differs.
   */
  Map<String, String> headers(
      String secret, String method, String signedUrl, byte[] body, long nowMillis, SignatureChoice signatures) {
    Map<String, String> headers =
        new LinkedHashMap<>(
            SignatureVerifier.signedHeaders(secret, method, signedUrl, body, nowMillis, signatures.versions()));
    if (this == LOCAL_PROXY && headers.containsKey(SignatureVerifier.SIGNATURE_V3_HEADER)) {
      headers.put(
          SignatureVerifier.SIGNATURE_V3_HEADER,
          SignatureVerifier.signV3AsSent(secret, method, signedUrl, body, nowMillis));
    }
    return headers;
  }

  /** "as HubSpot" or "as hs project dev's local proxy", for messages. */
  public String describe() {
    return this == HUBSPOT ? "as HubSpot" : "as hs project dev's local proxy";
  }

}

package dev.crmcards.core;

import dev.crmcards.signature.VerifiedSignature;

/**
 * A request whose signature has been verified and whose route is known, as a {@link HandlerGuard}
 * sees it before the handler runs.
 *
 * @param card the card's name
 * @param route the route's method and path template, e.g. {@code PUT /tickets/{id}/resolve}
 * @param hook whether the route is an action hook (otherwise it is the data fetch)
 * @param method the request method
 * @param signedUrl the URL the signature was verified against (scheme, host, raw path and query)
 * @param body the raw body bytes; do not modify
 * @param signature which version and secret verified it, and the v3 timestamp
 * @param signatureValue the verified signature header's value: {@code X-HubSpot-Signature-v3}
 *     for v3, {@code X-HubSpot-Signature} for v2 and v1
 */
public record VerifiedCall(
    String card,
    String route,
    boolean hook,
    String method,
    String signedUrl,
    byte[] body,
    VerifiedSignature signature,
    String signatureValue) {

  /** Names the card and route only. */
  @Override
  public String toString() {
    return "VerifiedCall[" + card + " " + route + "]";
  }
}

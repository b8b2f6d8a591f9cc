package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.HUBSPOT_FETCH;

/**
 * How {@code hubspot.fetch} hands a backend's error to the card: HubSpot's proxy (and the local
 * proxy of {@code hs project dev}, which mirrors it) does not pass a 3xx, 4xx or 5xx answer
 * through, but replaces it with an envelope of its own that carries the backend's body inside:
 *
 * <pre>
 * {"status": "error", "category": "BAD_GATEWAY", "message": "Error returned from Request Uri",
 *  "responseBody": &lt;the backend's body&gt;,
 *  "errors": [{"message": "Unacceptable HTTP status N calling URI"}],
 *  "context": {"appServerStatusCode": ["N"], ...}}
 * </pre>
 *
 * A card must read its server's {@code message} and field errors from {@value #RESPONSE_BODY}.
 */
@From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 errors through the proxy")
public final class ProxyEnvelope {
  /** The envelope's field holding the backend's own body. */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 errors through the proxy")
  public static final String RESPONSE_BODY = "responseBody";

  /** The envelope's {@code category}. */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 errors through the proxy")
  public static final String CATEGORY = "BAD_GATEWAY";

  /** Under {@code context}: the backend's status, as a one-element array of its digits. */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 errors through the proxy")
  public static final String APP_SERVER_STATUS_CODE = "appServerStatusCode";

  private ProxyEnvelope() {}

  /** Whether the proxy replaces an answer with this status by its envelope (3xx to 5xx). */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 errors through the proxy")
  public static boolean wraps(int status) {
    return status >= 300 && status <= 599;
  }

  /** What a check says about an answer the proxy wraps. */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 errors through the proxy")
  public static String warning(int status) {
    return "HTTP " + status + " reaches an app card only inside HubSpot's proxy envelope ({\"status\":"
        + " \"error\", \"category\": \"" + CATEGORY + "\", ..., \"" + RESPONSE_BODY + "\": <this body>}):"
        + " hubspot.fetch replaces every 3xx-5xx answer, so the card must read the server's message"
        + " from " + RESPONSE_BODY;
  }
}

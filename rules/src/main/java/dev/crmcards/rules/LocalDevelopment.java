package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.HUBSPOT_FETCH;

import java.net.URI;
import java.util.Optional;

/**
 * HubSpot's local development server ({@code hs project dev}): it forwards a card's {@code
 * hubspot.fetch} to the local URL that {@value #PROXY_FILE} maps the URL's origin to, and signs the
 * request for that local URL (HUBSPOT-SPEC §12 "Local development").
 */
public final class LocalDevelopment {
  /** The proxy map, {@code {"proxy": {"https://origin": "http://localhost:8080/"}}}. */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 local development")
  public static final String PROXY_FILE = "src/app/local.json";

  /** The one key of {@value #PROXY_FILE}. */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 local development")
  public static final String PROXY_KEY = "proxy";

  private LocalDevelopment() {}

  /**
   * Why {@code url} cannot be a local URL of the proxy map, if it cannot: the map takes origins
   * only (no path routing), so it must be an http(s) origin such as {@code http://localhost:8080}.
   */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §12 local development")
  public static Optional<String> localUrlProblem(String url) {
    Optional<URI> parsed = Urls.httpUrl(url);
    if (parsed.isEmpty()) {
      // Why, in the words of the rule that refused it (user information among its reasons).
      String why = Urls.httpUrlProblem(url).orElse("is not an http(s) URL: \"" + Urls.shown(url) + "\"");
      return Optional.of(why + "; give the local server's origin, such as http://localhost:8080");
    }
    URI uri = parsed.get();
    if (uri.getPort() == 0) {
      // Urls refuses ports above its MAX_PORT, as the proxy's WHATWG URL parser does; port 0 it takes.
      return Optional.of("has port 0; a port is from 1 to " + Urls.MAX_PORT + ", got \"" + Urls.shown(url) + "\"");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return Optional.of(
          "the local proxy maps origins only, without a path, so give the server's origin such as"
              + " http://localhost:8080, got \"" + Urls.shown(url) + "\"");
    }
    return Optional.empty();
  }
}

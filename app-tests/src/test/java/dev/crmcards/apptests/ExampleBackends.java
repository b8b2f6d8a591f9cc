package dev.crmcards.apptests;

import dev.crmcards.examples.ExampleServer;
import dev.crmcards.servlet.CardSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The example card server, reachable under the hosts its definition declares: the data fetch on
 * {@code https://www.example.com}, the hooks on {@code https://example.com}.
 *
 * <p>Today the servlet checks signatures against one public base URL, so each declared host gets
 * its own example server with that base URL. Once the servlet checks each route against the URL
 * it declares, one server without a base URL answers both, and this class shrinks to it.
 */
final class ExampleBackends implements AutoCloseable {
  static final String SECRET = "app-card-test-secret";
  private static final String[] DECLARED_ORIGINS = {"https://www.example.com", "https://example.com"};

  private final Map<String, ExampleServer> byOrigin = new LinkedHashMap<>();

  static ExampleBackends start() throws Exception {
    ExampleBackends backends = new ExampleBackends();
    for (String origin : DECLARED_ORIGINS) {
      backends.byOrigin.put(
          origin,
          ExampleServer.start(0, CardSettings.builder().clientSecret(SECRET).publicBaseUrl(origin).build()));
    }
    return backends;
  }

  /** The example server standing in for this declared origin, e.g. {@code https://example.com}. */
  ExampleServer server(String origin) {
    ExampleServer server = byOrigin.get(origin);
    if (server == null) {
      throw new IllegalArgumentException("no example server for " + origin);
    }
    return server;
  }

  /** Where a request HubSpot would send to this declared URL arrives here. */
  URI local(URI declared) {
    ExampleServer server = server(declared.getScheme() + "://" + declared.getHost());
    String query = declared.getRawQuery();
    return URI.create(
        "http://127.0.0.1:" + server.port() + declared.getRawPath() + (query == null ? "" : "?" + query));
  }

  @Override
  public void close() throws Exception {
    for (ExampleServer server : byOrigin.values()) {
      server.stop();
    }
  }
}

package dev.crmcards.apptests;

import dev.crmcards.examples.ExampleServer;
import dev.crmcards.servlet.CardSettings;
import java.net.URI;

/**
 * The example card server, reachable under every host its definitions declare: the data fetch on
 * {@code https://www.example.com}, the hooks on {@code https://example.com}. One server without a
 * public base URL answers them all, as the README runs it: each route is verified for the URL it
 * declares, and a hook's change shows in the next fetch.
 */
final class ExampleBackends implements AutoCloseable {
  static final String SECRET = "app-card-test-secret";

  private final ExampleServer server;

  private ExampleBackends(ExampleServer server) {
    this.server = server;
  }

  static ExampleBackends start() throws Exception {
    return new ExampleBackends(ExampleServer.start(0, CardSettings.builder().clientSecret(SECRET).build()));
  }

  /** The example server. */
  ExampleServer server() {
    return server;
  }

  /** Where a request HubSpot would send to this declared URL arrives here. */
  URI local(URI declared) {
    String query = declared.getRawQuery();
    return URI.create(
        "http://127.0.0.1:" + server.port() + declared.getRawPath() + (query == null ? "" : "?" + query));
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}

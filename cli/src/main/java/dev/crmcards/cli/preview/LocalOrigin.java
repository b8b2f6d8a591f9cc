package dev.crmcards.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Locale;

/**
 * Keeps the preview to its own page. It listens on loopback only, yet a web page open in the
 * user's browser can still reach it: directly, naming its own origin, or by DNS rebinding, a host
 * name of its own that resolves to 127.0.0.1. Either would have the preview sign requests with
 * the user's secret for that page. So a request must name this server as its host, and a browser's
 * request must not say it comes from elsewhere (its Origin, or its Sec-Fetch-Site).
 */
final class LocalOrigin implements HttpHandler {
  private final HttpHandler next;

  LocalOrigin(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    int port = exchange.getLocalAddress().getPort();
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (!isThisServer(host, port)) {
      try (exchange) {
        Exchanges.error(exchange, 403, "the preview answers only at http://127.0.0.1:" + port + "/");
      }
      return;
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    // A request another site's page makes without an Origin (an image, a no-cors fetch) still
    // says where it comes from in Sec-Fetch-Site, in the browsers that send it.
    String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    boolean fromElsewhere = site != null && !site.equals("same-origin") && !site.equals("none");
    if (fromElsewhere
        || origin != null && !origin.toLowerCase(Locale.ROOT).equals("http://" + host.toLowerCase(Locale.ROOT))) {
      try (exchange) {
        Exchanges.error(exchange, 403, "the preview accepts requests from its own page only");
      }
      return;
    }
    next.handle(exchange);
  }

  private static boolean isThisServer(String host, int port) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    return name.equals("127.0.0.1:" + port) || name.equals("localhost:" + port)
        // A browser leaves out the default port.
        || port == 80 && (name.equals("127.0.0.1") || name.equals("localhost"));
  }
}

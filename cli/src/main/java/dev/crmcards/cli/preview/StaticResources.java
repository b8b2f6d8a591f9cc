package dev.crmcards.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.crmcards.rules.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the preview page: {@code index.html}, {@code preview.css} and {@code preview.js} from
 * the jar, and {@code vocabulary.json}, the vocabulary crmcards' rules publish, which the page
 * draws by. The page may load nothing from elsewhere (its Content-Security-Policy says so); only
 * iframe actions open other pages.
 */
final class StaticResources implements HttpHandler {
  private static final String BASE = "/dev/crmcards/cli/preview/";
  private static final Map<String, String> FILES =
      Map.of(
          "/", BASE + "index.html",
          "/index.html", BASE + "index.html",
          "/preview.css", BASE + "preview.css",
          "/preview.js", BASE + "preview.js",
          "/vocabulary.json", "/" + Vocabulary.RESOURCE);
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; frame-src http: https:; base-uri 'none'; form-action 'none'";

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String file = FILES.get(exchange.getRequestURI().getPath());
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        Exchanges.error(exchange, 405, "only GET");
        return;
      }
      if (file == null) {
        Exchanges.error(exchange, 404, "no such page");
        return;
      }
      byte[] content;
      try (InputStream in = StaticResources.class.getResourceAsStream(file)) {
        if (in == null) {
          Exchanges.error(exchange, 500, file + " is missing from the jar");
          return;
        }
        content = in.readAllBytes();
      }
      exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
      exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      Exchanges.send(exchange, 200, contentType(file), content);
    }
  }

  private static String contentType(String file) {
    if (file.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (file.endsWith(".json")) {
      return "application/json; charset=utf-8";
    }
    return file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
  }
}

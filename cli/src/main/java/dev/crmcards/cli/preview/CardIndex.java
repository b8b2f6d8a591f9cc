package dev.crmcards.cli.preview;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardObjectType;
import dev.crmcards.http.PercentEncoding;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /definitions}: the cards of {@code --definitions}, each linking to its preview. */
final class CardIndex implements HttpHandler {
  private final List<CardDefinition> cards;

  CardIndex(List<CardDefinition> cards) {
    this.cards = List.copyOf(cards);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals("/definitions")) {
        Exchanges.error(exchange, 404, "no such page");
        return;
      }
      StringBuilder html = new StringBuilder(
          "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cards</title>"
              + "<link rel=\"stylesheet\" href=\"/preview.css\"></head><body>"
              + "<header class=\"toolbar\"><span class=\"brand\">crmcards preview</span></header>"
              + "<main class=\"layout\"><section class=\"record\"><h1>Cards</h1><ul class=\"card-index\">");
      for (CardDefinition card : cards) {
        html.append("<li><a href=\"/?card=").append(escape(PercentEncoding.FORM.encode(card.name()))).append("\">")
            .append(escape(card.title())).append("</a> (").append(escape(card.name())).append(", ")
            .append(escape(card.objectTypes().stream().map(CardObjectType::name).collect(Collectors.joining(", "))))
            .append(")</li>");
      }
      html.append("</ul></section></main></body></html>");
      exchange.getResponseHeaders().set("Content-Security-Policy", StaticResources.POLICY);
      Exchanges.send(exchange, 200, "text/html; charset=utf-8", html.toString().getBytes(UTF_8));
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

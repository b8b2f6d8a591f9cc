package dev.crmcards.load;

import dev.crmcards.CardResponse;
import dev.crmcards.TableParameters;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.examples.orders.Order;
import dev.crmcards.examples.orders.OrderBook;
import dev.crmcards.examples.orders.OrderCrmCard;
import dev.crmcards.examples.orders.OrderSummary;
import dev.crmcards.examples.orders.OrdersHandler;
import dev.crmcards.json.JsonOutput;

/**
 * The orders card's data fetch with its answer kept: the first request is answered by the
 * example's handler and the generated writer, as on the card servlet; every later one gets those
 * bytes again through the same pipeline (signature, query, table parameters, routing, deadline,
 * answer). Against bare Jetty it shows what crmcards adds to a TABLE request apart from the
 * handler and the JSON writer; it is a measuring aid, not a way to serve a card.
 */
final class KeptPage {
  private KeptPage() {}

  /** The same route and table parameters the generated {@code OrderCrmCard.routes} declares. */
  static CardRoutes routes() {
    OrdersHandler handler = new OrdersHandler(new OrderBook());
    TableParameters table = TableParameters.of(10, true, "placed", "items", "total");
    Kept kept = new Kept();
    return CardRoutes.builder(OrderCrmCard.NAME)
        .fetch("https://www.example.com/orders", table, request -> {
          byte[] bytes = kept.bytes;
          if (bytes == null) {
            // No lock on the measured path: two first requests may both write the page, alike.
            CardResponse<Order> response = handler.fetch(request);
            OrderSummary summary = request.page() == 1 ? handler.summary(request) : null;
            JsonOutput json = new JsonOutput(8192);
            OrderCrmCard.write(response, summary, request.pageSize(), json);
            bytes = json.toByteArray();
            kept.bytes = bytes;
          }
          byte[] answer = bytes;
          return json -> json.raw(answer);
        })
        .build();
  }

  /** The first answer's bytes, once written. */
  private static final class Kept {
    volatile byte[] bytes;
  }
}

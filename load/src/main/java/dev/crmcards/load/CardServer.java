package dev.crmcards.load;

import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.examples.orders.OrderBook;
import dev.crmcards.examples.orders.OrderCrmCard;
import dev.crmcards.examples.orders.OrdersHandler;
import dev.crmcards.load.rich.SubscriptionCrmCard;
import dev.crmcards.load.rich.SubscriptionHandler;
import dev.crmcards.servlet.CardServlet;
import dev.crmcards.servlet.CardSettings;
import jakarta.servlet.http.HttpServlet;
import java.util.List;

/**
 * A card servlet with its default settings (the four-second handler deadline included), on the
 * same Jetty as {@link BareServer}, registered the way the README advises or the way most people
 * write it:
 *
 * <ul>
 *   <li>{@code async}: {@code ServletHolder.setAsyncSupported(true)};
 *   <li>{@code plain}: a plain {@code ServletHolder}.
 * </ul>
 *
 * <p>The card is the example's bug tracker ({@code bug-tracker}, the default), whose handler
 * returns a list it keeps ready; the rich card ({@code subscriptions}, {@link
 * dev.crmcards.load.rich.Subscription}), whose handler builds its answer on every request; or the
 * example's orders table ({@code orders}), paged, sorted and summed up on the server; or, as a
 * measuring aid, the orders card with its first answer kept as bytes ({@code orders-kept}, {@link
 * KeptPage}).
 *
 * <p>Requests signed v2 alone are accepted ({@code requireV3(false)}), since the scenarios measure
 * both versions.
 *
 * <p>{@code java -cp crmcards-load.jar dev.crmcards.load.CardServer async|plain
 * [bug-tracker|subscriptions|orders|orders-kept]}; environment {@code PORT} (default 8080) and {@code
 * HUBSPOT_CLIENT_SECRET}. Requests are verified as signed for the URL the card declares ({@code
 * https://www.example.com/demo-fetch}, {@code /subscriptions} or {@code /orders}).
 */
public final class CardServer {
  private CardServer() {}

  public static void main(String[] args) throws Exception {
    boolean mountOk = args.length >= 1 && (args[0].equals("async") || args[0].equals("plain"));
    String card = args.length == 2 ? args[1] : "bug-tracker";
    if (!mountOk || args.length > 2 || !List.of("bug-tracker", "subscriptions", "orders", "orders-kept").contains(card)) {
      System.err.println("usage: CardServer async|plain [bug-tracker|subscriptions|orders|orders-kept]");
      System.exit(2);
    }
    // The scenarios measure v2 as well as v3, so v2 alone verifies here, unlike the default.
    CardSettings settings =
        CardSettings.builder().environment(System::getenv).requireV3(false).build();
    LoadJetty.start(card, servlet(card, settings), args[0].equals("async"), 8080).join();
  }

  private static HttpServlet servlet(String card, CardSettings settings) {
    return switch (card) {
      case "subscriptions" -> SubscriptionCrmCard.servlet(new SubscriptionHandler(), settings);
      case "orders" -> OrderCrmCard.servlet(new OrdersHandler(new OrderBook()), settings);
      case "orders-kept" -> new CardServlet(KeptPage.routes(), settings);
      default -> BugTicketCrmCard.servlet(new BugTrackerHandler(TicketStore.withGuideTickets()), settings);
    };
  }
}

package dev.crmcards.load;

import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.load.rich.SubscriptionCrmCard;
import dev.crmcards.load.rich.SubscriptionHandler;
import dev.crmcards.servlet.CardSettings;
import jakarta.servlet.http.HttpServlet;

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
 * returns a list it keeps ready, or the rich card ({@code subscriptions}, {@link
 * dev.crmcards.load.rich.Subscription}), whose handler builds its answer on every request.
 *
 * <p>{@code java -cp crmcards-load.jar dev.crmcards.load.CardServer async|plain
 * [bug-tracker|subscriptions]}; environment {@code PORT} (default 8080) and {@code
 * HUBSPOT_CLIENT_SECRET}. Requests are verified as signed for the URL the card declares ({@code
 * https://www.example.com/demo-fetch} or {@code https://www.example.com/subscriptions}).
 */
public final class CardServer {
  private CardServer() {}

  public static void main(String[] args) throws Exception {
    boolean mountOk = args.length >= 1 && (args[0].equals("async") || args[0].equals("plain"));
    String card = args.length == 2 ? args[1] : "bug-tracker";
    if (!mountOk || args.length > 2 || !(card.equals("bug-tracker") || card.equals("subscriptions"))) {
      System.err.println("usage: CardServer async|plain [bug-tracker|subscriptions]");
      System.exit(2);
    }
    LoadJetty.start(card, servlet(card, CardSettings.fromEnvironment()), args[0].equals("async"), 8080)
        .join();
  }

  private static HttpServlet servlet(String card, CardSettings settings) {
    return card.equals("subscriptions")
        ? SubscriptionCrmCard.servlet(new SubscriptionHandler(), settings)
        : BugTicketCrmCard.servlet(new BugTrackerHandler(TicketStore.withGuideTickets()), settings);
  }
}

package dev.crmcards.load;

import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.servlet.CardSettings;

/**
 * The example's bug-tracker card servlet with its default settings (the four-second handler
 * deadline included), on the same Jetty as {@link BareServer}, registered the way the README
 * advises or the way most people write it:
 *
 * <ul>
 *   <li>{@code async}: {@code ServletHolder.setAsyncSupported(true)};
 *   <li>{@code plain}: a plain {@code ServletHolder}.
 * </ul>
 *
 * <p>{@code java -cp crmcards-load.jar dev.crmcards.load.CardServer async|plain}; environment
 * {@code PORT} (default 8080) and {@code HUBSPOT_CLIENT_SECRET}. Requests are verified as signed
 * for the URLs the card declares ({@code https://www.example.com/demo-fetch}).
 */
public final class CardServer {
  private CardServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !(args[0].equals("async") || args[0].equals("plain"))) {
      System.err.println("usage: CardServer async|plain");
      System.exit(2);
    }
    LoadJetty.start(
            "bug-tracker",
            BugTicketCrmCard.servlet(
                new BugTrackerHandler(TicketStore.withGuideTickets()),
                CardSettings.fromEnvironment()),
            args[0].equals("async"),
            8080)
        .join();
  }
}

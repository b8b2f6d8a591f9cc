package dev.crmcards.cli.check;

import dev.crmcards.rules.Client;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problems;
import java.util.Locale;
import java.util.Set;

/**
 * HubSpot's data-fetch time limits: it gives up after five seconds (and after three without a
 * connection), and so does crmcards' card UI. A response slower than three seconds still works
 * but leaves little margin.
 */
public final class TimingRules {
  static final long MARGIN_MILLIS = 3_000;
  static final Set<Client> RENDERERS =
      Set.of(Client.LEGACY_CARDS, Client.CONVERTER, Client.OLD_CONVERTER, Client.APP_CARD);
  static final Set<Client> LEGACY = Set.of(Client.LEGACY_CARDS);

  private TimingRules() {}

  static void check(long elapsedMillis, Problems problems) {
    if (elapsedMillis > Limits.FETCH_TIMEOUT_MILLIS) {
      problems.error(
          JsonPath.ROOT, RENDERERS, "the response took " + seconds(elapsedMillis) + "; HubSpot gives up after 5 s");
    } else if (elapsedMillis > MARGIN_MILLIS) {
      problems.note(
          JsonPath.ROOT, RENDERERS, "the response took " + seconds(elapsedMillis) + ", close to HubSpot's 5 s limit");
    }
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}

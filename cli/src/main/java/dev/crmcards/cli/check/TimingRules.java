package dev.crmcards.cli.check;

import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problems;
import java.util.Locale;

/**
 * HubSpot's data-fetch time limits: it gives up after five seconds (and after three without a
 * connection). A response slower than three seconds still works but leaves little margin.
 */
public final class TimingRules {
  public static final long LIMIT_MILLIS = 5_000;
  public static final long CONNECT_LIMIT_MILLIS = 3_000;
  static final long MARGIN_MILLIS = 3_000;

  private TimingRules() {}

  static void check(long elapsedMillis, Problems problems) {
    if (elapsedMillis > LIMIT_MILLIS) {
      problems.error(
          JsonPath.ROOT,
          "the response took " + seconds(elapsedMillis) + "; HubSpot gives up after 5 s");
    } else if (elapsedMillis > MARGIN_MILLIS) {
      problems.note(
          JsonPath.ROOT,
          "the response took " + seconds(elapsedMillis) + ", close to HubSpot's 5 s limit");
    }
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}

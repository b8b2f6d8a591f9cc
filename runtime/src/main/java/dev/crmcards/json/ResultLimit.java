package dev.crmcards.json;

import dev.crmcards.CardResponse;
import dev.crmcards.rules.TablePages;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HubSpot's limit of {@value CardResponse#MAX_RESULTS} results per card, as generated writers apply
 * it: they write the first five results and leave out the rest, logging a warning the first time
 * a card returns more. Too many results never fail a request.
 *
 * <p>Warnings go to the {@link System.Logger} named {@code dev.crmcards.json.ResultLimit} (by
 * default backed by {@code java.util.logging}), once per card name for the life of the class
 * loader.
 */
public final class ResultLimit {

  private static final System.Logger LOG = System.getLogger(ResultLimit.class.getName());

  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  /** The cards already told that their total is too small: a mistake of their own, told once. */
  private static final Set<String> TOTAL_WARNED = ConcurrentHashMap.newKeySet();

  private ResultLimit() {}

  /**
   * How many of {@code size} results to write: {@code size}, at most {@value
   * CardResponse#MAX_RESULTS}. When {@code size} is over the limit this calls {@link
   * #warnOnce(String, int)}. Costs one comparison when the results fit.
   */
  public static int limit(String cardName, int size) {
    if (size <= CardResponse.MAX_RESULTS) {
      return size;
    }
    warnOnce(cardName, size);
    return CardResponse.MAX_RESULTS;
  }

  /**
   * How many of {@code size} rows of a TABLE page to write: {@code size}, at most {@code pageSize}
   * (the request's). When there are more, the rest are dropped and a warning is logged, once per
   * card. Costs one comparison when the rows fit.
   */
  public static int limitPage(String cardName, int size, int pageSize) {
    if (size <= pageSize) {
      return size;
    }
    if (WARNED.add(Objects.requireNonNull(cardName, "cardName"))) {
      LOG.log(
          Level.WARNING,
          "CRM card \"" + cardName + "\" returned " + size + " rows for a page of " + pageSize
              + "; only the first " + pageSize + " are sent. Return one page of rows: "
              + "FetchRequest.page() and pageSize() say which. (Logged once per card.)");
    }
    return pageSize;
  }

  /**
   * Checks a TABLE answer's {@code total} against its page (the request's {@code page} and {@code
   * pageSize}, and the number of {@code results} the handler returned): a page that has rows must
   * not count more objects up to its end than the total says there are, since the card shows as
   * many pages as the total fills and the rest could not be reached. When it does, a warning is logged, once
   * per card; the answer is sent as it is. An answer without a total, or with no rows (a page past
   * the end), is not checked.
   */
  public static void checkTotal(String cardName, int page, int pageSize, int results, OptionalLong total) {
    // Primitives only: a FetchRequest or a CardResponse here would make this package and
    // dev.crmcards, which writes through it, depend on each other.
    int rows = Math.min(results, pageSize);
    if (total.isEmpty() || !TablePages.totalTooSmall(total.getAsLong(), page, pageSize, rows)) {
      return;
    }
    long upToThisPage = TablePages.objectsThrough(page, pageSize, rows);
    if (TOTAL_WARNED.add(Objects.requireNonNull(cardName, "cardName"))) {
      LOG.log(
          Level.WARNING,
          "CRM card \"" + cardName + "\" answered page " + page + " with " + rows
              + " rows and a total of " + total.getAsLong() + ", fewer than the " + upToThisPage
              + " objects up to that page. The card offers as many pages as the total fills: give"
              + " CardResponse.Builder.total the number of objects on all pages. (Logged once per card.)");
    }
  }

  /**
   * Logs a warning that card {@code cardName} returned {@code size} results, more than HubSpot
   * shows, unless one was logged for that card before. Does nothing when {@code size} is within the
   * limit.
   *
   * @return whether this call logged
   */
  public static boolean warnOnce(String cardName, int size) {
    Objects.requireNonNull(cardName, "cardName");
    if (size <= CardResponse.MAX_RESULTS || !WARNED.add(cardName)) {
      return false;
    }
    LOG.log(
        Level.WARNING,
        "CRM card \""
            + cardName
            + "\" returned "
            + size
            + " results; HubSpot shows at most "
            + CardResponse.MAX_RESULTS
            + ", so only the first "
            + CardResponse.MAX_RESULTS
            + " are sent. Link to the rest from a result or an action. (Logged once per card.)");
    return true;
  }
}

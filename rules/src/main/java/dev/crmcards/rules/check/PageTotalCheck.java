package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.APP_CARD_ONLY;

import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.TablePages;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.util.List;

/**
 * Checks a TABLE page's rows against the {@code total} it states (API.md §9 paging). The card UI
 * offers as many pages as the total fills and, on a page past them, steps back to the last one
 * (card-ui tableQuery.ts pageInRange): rows answered there are never shown. Only the request says
 * which page an answer is, so this is asked with the page beside the answer.
 */
public final class PageTotalCheck {
  private PageTotalCheck() {}

  /**
   * The problems of page {@code page} of {@code pageSize} rows answered so: an error when it has
   * rows although its total ends before the page begins, a warning when its total counts fewer
   * objects than the pages up to its end hold. An answer without rows or without a total the card
   * reads has nothing to contradict.
   */
  public static List<Problem> problems(JsonValue answer, int page, int pageSize) {
    Problems problems = new Problems();
    JsonValue results = answer.path("results");
    JsonValue total = answer.path(CardViews.TOTAL);
    if (!results.isArray() || results.isEmpty() || !PagingCheck.readsAsTotal(total) || pageSize < 1) {
      return problems.list();
    }
    int rows = results.size();
    double counted = Double.parseDouble(total.text());
    long lastPage = TablePages.filledBy(counted, pageSize);
    String answered =
        "page " + page + " of pageSize " + pageSize + " answered " + rows + " rows and a total of " + total.text();
    if (page > lastPage) {
      problems.error(
          JsonPath.ROOT.key(CardViews.TOTAL), APP_CARD_ONLY,
          answered + ", which fills only " + (lastPage == 1 ? "page 1" : "pages 1 to " + lastPage) + ", so the card"
              + " steps back to page " + lastPage + " and never shows these rows; count the objects of all pages in"
              + " total (CardResponse.Builder.total in a crmcards handler), and answer no rows for a page past them");
      return problems.list();
    }
    if (TablePages.totalTooSmall(counted, page, pageSize, rows)) {
      long upToItsEnd = TablePages.objectsThrough(page, pageSize, rows);
      problems.warning(
          JsonPath.ROOT.key(CardViews.TOTAL), APP_CARD_ONLY,
          answered + ", fewer than the " + upToItsEnd + " objects up to the end of that page; the card shows them,"
              + " but offers only the pages the total fills, so objects past it cannot be reached; count the"
              + " objects of all pages in total (CardResponse.Builder.total in a crmcards handler)");
    }
    return problems.list();
  }
}

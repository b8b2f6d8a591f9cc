package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.APP_CARD_ONLY;

import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Checks that a TABLE card's server pages: what crmcards' card UI meets when the user turns from
 * a full page to the next (API.md §9 paging). A server that ignores the page asked for answers
 * the same rows for every page; without a {@code total} the card then offers one more page for
 * ever, and with one it offers pages that repeat the first. One answer cannot show this, so the
 * page after a full one is asked for too and judged here beside it, and by {@link PageTotalCheck}
 * as any page is.
 */
public final class PagingCheck {
  private PagingCheck() {}

  /**
   * Whether the card UI offers the page after {@code page} on this answer and the answer is full,
   * so that the next page must be asked for to tell whether the server pages: it offers one when
   * the {@code total} counts objects past this page, or, without a total, when the page is full. A
   * page that is not full needs no second look: the server did not just cut its rows to the page.
   */
  public static boolean asksForTheNextPage(JsonValue answer, int page, int pageSize) {
    JsonValue results = answer.path("results");
    if (!results.isArray() || results.size() < pageSize || page >= CardViews.MAX_PAGE) {
      return false;
    }
    JsonValue total = answer.path(CardViews.TOTAL);
    return !readsAsTotal(total) || Double.parseDouble(total.text()) > (double) page * pageSize;
  }

  /** A page's answer as it came: its HTTP status, -1 when none came, and its body as read. */
  public record Fetched(int status, JsonValue answer) {}

  /**
   * What a TABLE page shows beyond the answer itself: its rows against its total ({@link
   * PageTotalCheck}) and, when the card UI would offer the page after it, that page, fetched by
   * {@code fetchNext} (given its number), judged beside it. {@code check} and the test kit both
   * judge a page so; they differ only in how they fetch.
   */
  public static List<Problem> acrossPages(
      JsonValue answer, int page, int pageSize, IntFunction<Fetched> fetchNext) {
    List<Problem> problems = new ArrayList<>(PageTotalCheck.problems(answer, page, pageSize));
    if (asksForTheNextPage(answer, page, pageSize)) {
      Fetched next = fetchNext.apply(page + 1);
      problems.addAll(problems(page, pageSize, answer, next.status(), next.answer()));
    }
    return problems;
  }

  /**
   * The problems the page after a full one shows.
   *
   * @param page the page that came back full
   * @param pageSize the rows asked for per page
   * @param answer its answer
   * @param nextStatus the next page's HTTP status, or -1 when none came
   * @param next the next page's answer, {@link JsonValue#MISSING} when it was no JSON
   */
  public static List<Problem> problems(int page, int pageSize, JsonValue answer, int nextStatus, JsonValue next) {
    Problems problems = new Problems();
    int nextPage = page + 1;
    String offered = "page " + nextPage + ", which the card offers after a full page " + page + ",";
    if (nextStatus != 200) {
      problems.error(
          JsonPath.ROOT, APP_CARD_ONLY,
          offered + " got " + (nextStatus < 0 ? "no response" : "HTTP " + nextStatus) + " instead of its rows");
      return problems.list();
    }
    JsonValue nextResults = next.path("results");
    if (!nextResults.isArray()) {
      problems.error(JsonPath.ROOT, APP_CARD_ONLY, offered + " answered no results array");
      return problems.list();
    }
    if (!nextResults.isEmpty() && objectIds(nextResults).equals(objectIds(answer.path("results")))) {
      problems.error(
          JsonPath.ROOT.key("results"), APP_CARD_ONLY,
          "page " + nextPage + " answered the same objects as page " + page + ", so the card pages through the"
              + " same rows: the server ignores the page asked for; answer the rows of the page asked for"
              + " (page and pageSize: FetchRequest.page() and pageSize() in a crmcards handler)");
    }
    JsonValue total = answer.path(CardViews.TOTAL);
    if (nextResults.isEmpty() && readsAsTotal(total)) {
      problems.error(
          JsonPath.ROOT.key(CardViews.TOTAL), APP_CARD_ONLY,
          "counts " + total.text() + " objects, more than the pages up to page " + page + " hold, so the card"
              + " offers page " + nextPage + ", but it answered no objects; count the objects of all pages in"
              + " total, and answer each page's rows");
    }
    // The next page is a page as any other: its rows may contradict its own total.
    problems.addAll(PageTotalCheck.problems(next, nextPage, pageSize));
    return problems.list();
  }

  /** A total as the card UI reads it: a number of at least 0; anything else it ignores. */
  static boolean readsAsTotal(JsonValue total) {
    return total.isNumber() && !total.text().startsWith("-");
  }

  private static List<String> objectIds(JsonValue results) {
    return results.elements().stream().map(object -> object.path("objectId").toString()).toList();
  }
}

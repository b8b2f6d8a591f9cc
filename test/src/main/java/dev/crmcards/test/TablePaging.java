package dev.crmcards.test;

import dev.crmcards.core.CardPipeline;
import dev.crmcards.rules.check.PageTotalCheck;
import dev.crmcards.rules.check.PagingCheck;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonSyntaxException;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a TABLE page as {@code crmcards-cli check} does beyond the answer itself: its rows against
 * its total, and, when the card UI would offer the next page after it, that page beside it. One
 * page cannot show a server that ignores the page asked for, so the next is asked for in process,
 * through the same pipeline: the handler is called once more.
 */
final class TablePaging {
  private TablePaging() {}

  static List<Problem> findings(CardPipeline pipeline, PageAsked asked, String body) {
    JsonValue answer = parsed(body);
    List<Problem> findings = new ArrayList<>(PageTotalCheck.problems(answer, asked.page(), asked.pageSize()));
    if (PagingCheck.asksForTheNextPage(answer, asked.page(), asked.pageSize())) {
      var next = pipeline.handle(asked.onPage().apply(asked.page() + 1));
      findings.addAll(
          PagingCheck.problems(asked.page(), asked.pageSize(), answer, next.status(), parsed(next.bodyText())));
    }
    return findings;
  }

  /** A body as the rules read it; {@link JsonValue#MISSING} when it is no JSON. */
  private static JsonValue parsed(String text) {
    try {
      return JsonReader.parse(text);
    } catch (JsonSyntaxException e) {
      return JsonValue.MISSING;
    }
  }
}

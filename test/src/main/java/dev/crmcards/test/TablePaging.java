package dev.crmcards.test;

import dev.crmcards.core.CardPipeline;
import dev.crmcards.rules.check.PagingCheck;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.problem.Problem;
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
    return PagingCheck.acrossPages(JsonReader.parseOrMissing(body), asked.page(), asked.pageSize(), next -> {
      var answer = pipeline.handle(asked.onPage().apply(next));
      return new PagingCheck.Fetched(answer.status(), JsonReader.parseOrMissing(answer.bodyText()));
    });
  }
}

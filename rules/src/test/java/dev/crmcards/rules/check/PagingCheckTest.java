package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Problem;
import org.junit.jupiter.api.Test;

/** Two pages of a TABLE, as the card UI meets them when the user turns from a full one to the next. */
class PagingCheckTest {
  private static JsonValue page(String results, String more) {
    return JsonReader.parse("{\"results\": " + results + more + "}");
  }

  private static final String FIRST = "[{\"objectId\": 1}, {\"objectId\": 2}]";
  private static final String SECOND = "[{\"objectId\": 3}, {\"objectId\": 4}]";

  @Test
  void theNextPageIsAskedForOnlyWhenTheCardOffersItAfterAFullPage() {
    assertThat(PagingCheck.asksForTheNextPage(page(FIRST, ""), 1, 2)).isTrue();
    assertThat(PagingCheck.asksForTheNextPage(page(FIRST, ", \"total\": 3"), 1, 2)).isTrue();
    assertThat(PagingCheck.asksForTheNextPage(page(FIRST, ""), 1, 3)).as("not full").isFalse();
    assertThat(PagingCheck.asksForTheNextPage(page(FIRST, ", \"total\": 2"), 1, 2)).as("the last page").isFalse();
    assertThat(PagingCheck.asksForTheNextPage(page(FIRST, ", \"total\": 4"), 2, 2)).as("the last page").isFalse();
    assertThat(PagingCheck.asksForTheNextPage(page(FIRST, ", \"total\": \"9\""), 1, 2)).as("no total it reads").isTrue();
    assertThat(PagingCheck.asksForTheNextPage(page("{}", ""), 1, 2)).isFalse();
  }

  @Test
  void theSameObjectsOnTheNextPageAreAProblem() {
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ""), 200, page(FIRST, "")))
        .extracting(Problem::path).containsExactly("$.results");
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ""), 200, page(SECOND, ""))).isEmpty();
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ""), 200, page("[]", ""))).as("the end, without a total").isEmpty();
  }

  @Test
  void anEmptyNextPageWithinTheTotalIsAProblem() {
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ", \"total\": 5"), 200, page("[]", ", \"total\": 5")))
        .extracting(Problem::path).containsExactly("$.total");
  }

  @Test
  void theNextPagesRowsAreJudgedAgainstItsOwnTotal() {
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ", \"total\": 9"), 200, page(SECOND, ", \"total\": 1")))
        .singleElement().extracting(Problem::message).asString()
        .startsWith("page 2 of pageSize 2 answered 2 rows and a total of 1, which fills only page 1");
  }

  @Test
  void aNextPageThatIsNoAnswerIsAProblem() {
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ""), 500, JsonValue.MISSING))
        .singleElement().extracting(Problem::message).asString().contains("got HTTP 500 instead of its rows");
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ""), -1, JsonValue.MISSING))
        .singleElement().extracting(Problem::message).asString().contains("got no response");
    assertThat(PagingCheck.problems(1, 2, page(FIRST, ""), 200, JsonValue.MISSING))
        .singleElement().extracting(Problem::message).asString().contains("answered no results array");
  }
}

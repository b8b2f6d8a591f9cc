package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Severity;
import org.junit.jupiter.api.Test;

/** A TABLE page's rows against the total it states, as the card UI pages by that total. */
class PageTotalCheckTest {
  private static JsonValue rows(int count, String total) {
    StringBuilder results = new StringBuilder();
    for (int id = 1; id <= count; id++) {
      results.append(id == 1 ? "" : ", ").append("{\"objectId\": ").append(id).append('}');
    }
    return JsonReader.parse("{\"results\": [" + results + "]" + (total == null ? "" : ", \"total\": " + total) + "}");
  }

  @Test
  void rowsOnAPagePastTheTotalAreNeverShown() {
    assertThat(PageTotalCheck.problems(rows(10, "3"), 2, 10))
        .singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR))
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.total"))
        .extracting(Problem::message).asString()
        .startsWith("page 2 of pageSize 10 answered 10 rows and a total of 3, which fills only page 1, so the card"
            + " steps back to page 1 and never shows these rows");
    assertThat(PageTotalCheck.problems(rows(1, "25"), 4, 10))
        .singleElement().extracting(Problem::message).asString().contains("which fills only pages 1 to 3");
    assertThat(PageTotalCheck.problems(rows(1, "0"), 2, 10)).as("no objects: one empty page").hasSize(1);
  }

  @Test
  void aTotalShortOfThePagesRowsIsAWarning() {
    assertThat(PageTotalCheck.problems(rows(10, "25"), 3, 10))
        .singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING))
        .extracting(Problem::message).asString()
        .startsWith("page 3 of pageSize 10 answered 10 rows and a total of 25, fewer than the 30 objects up to the"
            + " end of that page");
  }

  @Test
  void rowsWithinTheTotalAreFine() {
    assertThat(PageTotalCheck.problems(rows(5, "25"), 3, 10)).isEmpty();
    assertThat(PageTotalCheck.problems(rows(10, "45"), 2, 10)).isEmpty();
    assertThat(PageTotalCheck.problems(rows(0, "3"), 2, 10)).as("an empty page past the end").isEmpty();
    assertThat(PageTotalCheck.problems(rows(10, null), 2, 10)).as("no total").isEmpty();
    assertThat(PageTotalCheck.problems(rows(10, "\"3\""), 2, 10)).as("a total the card ignores").isEmpty();
  }
}

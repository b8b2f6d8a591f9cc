package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.Client;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A TABLE card's answer judged with its view: total and summary are crmcards' wire, not problems. */
class TableAnswerCheckTest {
  static final String VIEW =
      """
      {"card": "tickets", "layout": "TABLE", "locations": ["RECORD_TAB"], "pageSize": 10,
       "searchable": true, "sortable": ["created"],
       "summary": {"statistics": [{"name": "open", "label": "Open", "type": "NUMERIC"}],
                   "charts": [{"name": "perMonth", "label": "Per month", "type": "BAR", "x": "month",
                               "xType": "category", "y": "count"}]}}
      """;

  private static final Definition TABLE =
      Definition.parse(ResponseCheckTest.DEFINITION).withView(CardView.parse(VIEW));

  private static List<Problem> forTheAppCard(Definition card, String response) {
    return ResponseCheck.concerning(
        ResponseCheck.problems(card, 200, "application/json", response), Set.of(Client.APP_CARD));
  }

  private static String rows(int count) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 1; i <= count; i++) {
      sb.append(i > 1 ? "," : "").append("{\"objectId\": ").append(i).append(", \"title\": \"T").append(i).append("\"}");
    }
    return sb.append(']').toString();
  }

  @Test
  void aFullPageWithTotalAndSummaryIsClean() {
    String answer = "{\"results\": " + rows(10) + ", \"total\": 200, \"summary\": {\"open\": \"12\","
        + " \"perMonth\": [{\"month\": \"2026-01\", \"count\": 3}, {\"month\": \"2026-02\", \"count\": null}]}}";
    assertThat(forTheAppCard(TABLE, answer)).isEmpty();
    List<Problem> all = ResponseCheck.problems(TABLE, 200, "application/json", answer);
    assertThat(all).allSatisfy(p -> assertThat(p.clients()).doesNotContain(Client.APP_CARD));
  }

  @Test
  void withoutTheViewTotalAndSummaryAreStillNoProblemForTheAppCard() {
    String answer = "{\"results\": [], \"total\": 0, \"summary\": {}}";
    assertThat(forTheAppCard(Definition.parse(ResponseCheckTest.DEFINITION), answer)).isEmpty();
  }

  @Test
  void aBadTotalOrSummaryIsAnError() {
    List<Problem> problems =
        forTheAppCard(TABLE, "{\"results\": [], \"total\": -1, \"summary\": {\"open\": \"1,234\","
            + " \"perMonth\": [{\"month\": \"2026-01\", \"count\": \"3\"}], \"other\": 1}}");
    assertThat(problems).extracting(Problem::path)
        .containsExactly("$.total", "$.summary.open", "$.summary.perMonth[0].count", "$.summary.other");
    assertThat(problems).extracting(Problem::severity)
        .containsExactly(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING);
    assertThat(problems.get(1).message()).startsWith("NUMERIC must be a plain decimal");
  }

  /** A figure as a JSON number still shows, but may have lost digits: said, not refused. */
  @Test
  void aFigureSentAsAJsonNumberIsAWarningThatNamesItsString() {
    assertThat(forTheAppCard(TABLE, "{\"results\": [], \"summary\": {\"open\": 1234.50}}")).singleElement()
        .satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.summary.open");
          assertThat(p.severity()).isEqualTo(Severity.WARNING);
          assertThat(p.message()).startsWith(
              "a figure travels as a JSON string of its digits, as a NUMERIC column value does: send \"1234.50\"");
        });
    // The string it names is one the card takes: plain digits, not the number's exponent.
    assertThat(forTheAppCard(TABLE, "{\"results\": [], \"summary\": {\"open\": 1.5E3}}")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("send \"1500\""));
    assertThat(forTheAppCard(TABLE, "{\"results\": [], \"summary\": {\"open\": true}}")).singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void moreThanAPageIsAWarningOnlyBeyondAHundredRows() {
    assertThat(forTheAppCard(TABLE, "{\"results\": " + rows(50) + "}")).isEmpty();
    assertThat(forTheAppCard(TABLE, "{\"results\": " + rows(101) + "}")).extracting(Problem::message)
        .containsExactly("101 objects, more than a TABLE page has (at most 100); answer one page: page and pageSize say which");
  }
}

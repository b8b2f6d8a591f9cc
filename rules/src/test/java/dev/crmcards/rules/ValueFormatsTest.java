package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.json.JsonValue;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatsTest {
  @ParameterizedTest
  @CsvSource({
    "DATE, 2023-10-13",
    "DATE, 2024-02-29",
    "DATETIME, 1697233678777",
    "NUMERIC, 123.45",
    "NUMERIC, -7",
    "CURRENCY, 94.34",
    "EMAIL, hobbes.baron@gmail.com",
    "LINK, https://www.hubspot.com",
    "LINK, http://example.com/1?x=y",
    "STRING, anything at all",
    "STATUS, Errors occurring"
  })
  void accepts(String dataType, String value) {
    assertThat(ValueFormats.problem(dataType, value)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "DATE, 13/10/2023",
    "DATE, 2023-10-13T00:00",
    "DATE, 2023-13-01",
    "DATETIME, 1697233678777.5",
    "DATETIME, -1",
    "NUMERIC, 1e5",
    "NUMERIC, 1 000",
    "NUMERIC, +3",
    "CURRENCY, £94.34",
    "CURRENCY, 94.",
    "EMAIL, user@localhost",
    "EMAIL, two@@signs.com",
    "LINK, ftp://example.com/file",
    "LINK, example.com"
  })
  void rejects(String dataType, String value) {
    assertThat(ValueFormats.problem(dataType, value)).isPresent();
  }

  /**
   * The server's half of the date agreement: the card UI shows as a day exactly what these rules
   * read as one (card-ui's dates test runs the same file).
   */
  @Test
  void theCardUiReadsADateWhereTheRulesDo() throws IOException {
    for (JsonValue c : Agreements.cases("date-agreement.json")) {
      String text = c.path("text").text();
      boolean date = c.path("date").text().equals("true");
      assertThat(ValueFormats.date(text).isPresent()).as(text).isEqualTo(date);
      assertThat(ValueFormats.problem(DataTypes.DATE, text).isEmpty()).as(text).isEqualTo(date);
    }
  }

  @Test
  void aDateKeepsItsYearBelow100() {
    assertThat(ValueFormats.date("0024-05-01")).contains(LocalDate.of(24, 5, 1));
    assertThat(ValueFormats.problem(DataTypes.DATE, "0000-05-01"))
        .contains("DATE \"0000-05-01\" is not a calendar date from 0001-01-01 to 9999-12-31");
  }
}

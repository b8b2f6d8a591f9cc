package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
}

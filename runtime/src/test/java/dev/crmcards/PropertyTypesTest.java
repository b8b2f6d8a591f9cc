package dev.crmcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records behind {@link Property}: what the factories return and how they compare. */
class PropertyTypesTest {

  private static final URI DOCS = URI.create("https://example.com/docs");

  /** What code outside the runtime can do with the sealed hierarchy. */
  private static String describe(Property p) {
    if (p instanceof Property.Text text) {
      return "text " + text.value();
    } else if (p instanceof Property.Numeric numeric) {
      return "number " + numeric.number().add(BigDecimal.ONE);
    } else if (p instanceof Property.Currency currency) {
      return currency.amount() + " " + currency.code();
    } else if (p instanceof Property.Date date) {
      return "day " + date.date().getDayOfMonth();
    } else if (p instanceof Property.DateTime dateTime) {
      return "at " + Instant.ofEpochMilli(dateTime.epochMillis());
    } else if (p instanceof Property.Email email) {
      return "mail " + email.value();
    } else if (p instanceof Property.Link link) {
      return "link " + link.uri().getHost() + " " + link.linkText();
    } else if (p instanceof Property.Status status) {
      return status.statusType() + " " + status.value();
    }
    throw new AssertionError("the hierarchy is sealed: " + p);
  }

  @Test
  void factoriesReturnTheRecordOfTheirType() {
    assertThat(Property.string("a", "b")).isEqualTo(new Property.Text("a", "b"));
    assertThat(Property.numeric("a", 12)).isEqualTo(new Property.Numeric("a", new BigDecimal("12")));
    assertThat(Property.currency("a", new BigDecimal("1.50"), "EUR"))
        .isEqualTo(new Property.Currency("a", new BigDecimal("1.50"), "EUR"));
    assertThat(Property.date("a", LocalDate.EPOCH)).isEqualTo(new Property.Date("a", LocalDate.EPOCH));
    assertThat(Property.datetime("a", Instant.ofEpochMilli(5))).isEqualTo(new Property.DateTime("a", 5));
    assertThat(Property.email("a", "x@y.z")).isEqualTo(new Property.Email("a", "x@y.z"));
    assertThat(Property.link("a", DOCS, null)).isEqualTo(new Property.Link("a", DOCS, null));
    assertThat(Property.status("a", "Up", StatusType.SUCCESS))
        .isEqualTo(new Property.Status("a", "Up", StatusType.SUCCESS));
  }

  @Test
  void recordsGiveTheirTypedFields() {
    assertThat(
            List.of(
                    Property.string("a", "b"),
                    Property.numeric("a", 0.5),
                    Property.currency("a", new BigDecimal("94.34"), "GBP"),
                    Property.date("a", LocalDate.of(2016, 9, 15)),
                    Property.datetime("a", 0L),
                    Property.email("a", "x@y.z"),
                    Property.link("a", DOCS, "Read"),
                    Property.status("a", "Up", StatusType.SUCCESS))
                .stream()
                .map(PropertyTypesTest::describe))
        .containsExactly(
            "text b",
            "number 1.5",
            "94.34 GBP",
            "day 15",
            "at 1970-01-01T00:00:00Z",
            "mail x@y.z",
            "link example.com Read",
            "SUCCESS Up");
  }

  @Test
  void numbersAreEqualWhenTheyAreSentAlike() {
    assertThat(Property.numeric("n", new BigDecimal("1E+3"))).isEqualTo(Property.numeric("n", 1000));
    assertThat(new Property.Numeric("n", new BigDecimal("1E+3")).number().scale()).isZero();
    assertThat(Property.numeric("n", 1.0)).isEqualTo(Property.numeric("n", 1L));
    assertThat(Property.numeric("n", new BigDecimal("1.0"))).isNotEqualTo(Property.numeric("n", 1));
    assertThat(Property.currency("c", new BigDecimal("1.2E+4"), "JPY"))
        .isEqualTo(Property.currency("c", new BigDecimal("12000"), "JPY"))
        .hasSameHashCodeAs(Property.currency("c", new BigDecimal("12000"), "JPY"));
  }

  @Test
  void linksCompareByTheTextOfTheirUri() {
    URI upper = URI.create("HTTPS://Example.com/docs");
    assertThat(upper).isEqualTo(DOCS); // java.net.URI ignores the case of scheme and host
    assertThat(Property.link("L", upper, null)).isNotEqualTo(Property.link("L", DOCS, null));
    assertThat(Property.link("L", URI.create("https://example.com/docs"), "x"))
        .isEqualTo(Property.link("L", DOCS, "x"))
        .hasSameHashCodeAs(Property.link("L", DOCS, "x"));
    assertThat(Property.link("L", DOCS, "x")).isNotEqualTo(Property.link("L", DOCS, null));
  }

  @Test
  void typesWithTheSameTextsAreNotEqual() {
    assertThat(Property.string("a", "x@y.z")).isNotEqualTo(Property.email("a", "x@y.z"));
    assertThat(Property.email("a", "x@y.z")).isNotEqualTo(Property.string("a", "x@y.z"));
  }

  @Test
  void constructorsCheckLikeTheFactories() {
    assertThatThrownBy(() -> new Property.Text(" ", "v")).hasMessage("property label must not be blank");
    assertThatThrownBy(() -> new Property.Numeric("N", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of property \"N\" must not be null");
    assertThatThrownBy(() -> new Property.Currency("T", BigDecimal.ONE, "usd"))
        .hasMessageStartingWith("currencyCode \"usd\" of property \"T\" is not an ISO 4217");
    assertThatThrownBy(() -> new Property.Email("E", "nobody"))
        .hasMessage("value of property \"E\" \"nobody\" is not an e-mail address: it has no '@'");
    assertThatThrownBy(() -> new Property.Link("L", URI.create("/x"), null))
        .hasMessage("value of property \"L\" must be an absolute http or https URI, got \"/x\"");
    assertThatThrownBy(() -> new Property.Status("S", "v", null))
        .hasMessage("optionType of property \"S\" must not be null");
  }

  @Test
  void everyTypeWritesWhatItsValueSays() {
    List<Property> all =
        List.of(
            Property.string("a", "b"),
            Property.numeric("a", new BigDecimal("-0.000000012")),
            Property.currency("a", new BigDecimal("1.2E+4"), "JPY"),
            Property.date("a", LocalDate.of(-5, 1, 2)),
            Property.date("a", LocalDate.of(12345, 1, 2)),
            Property.datetime("a", Long.MIN_VALUE),
            Property.email("a", "x@y.z"),
            Property.link("a", DOCS, null),
            Property.status("a", "Up", StatusType.WARNING));
    for (Property p : all) {
      assertThat(p.toJson())
          .as(p.toString())
          .contains(
              "\"dataType\":\"" + p.dataType() + "\",\"value\":\"" + p.value() + "\"");
    }
  }
}

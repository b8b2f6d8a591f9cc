package dev.crmcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.json.JsonOutput;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyTest {

  private static String json(Property p) {
    JsonOutput out = new JsonOutput(8);
    p.writeTo(out);
    return out.toString();
  }

  @Nested
  class Json {

    @Test
    void seedExampleProperties() {
      assertThat(json(Property.email("Resolved by", "ijones@hubspot.com")))
          .isEqualTo("{\"label\":\"Resolved by\",\"dataType\":\"EMAIL\",\"value\":\"ijones@hubspot.com\"}");
      assertThat(json(Property.string("Resolution type", "Referred to documentation")))
          .isEqualTo(
              "{\"label\":\"Resolution type\",\"dataType\":\"STRING\","
                  + "\"value\":\"Referred to documentation\"}");
      assertThat(json(Property.currency("Resolution impact", new BigDecimal("94.34"), "GBP")))
          .isEqualTo(
              "{\"label\":\"Resolution impact\",\"dataType\":\"CURRENCY\",\"value\":\"94.34\","
                  + "\"currencyCode\":\"GBP\"}");
    }

    @Test
    void status() {
      assertThat(json(Property.status("Status", "Errors occurring", StatusType.DANGER)))
          .isEqualTo(
              "{\"label\":\"Status\",\"dataType\":\"STATUS\",\"value\":\"Errors occurring\","
                  + "\"optionType\":\"DANGER\"}");
    }

    @Test
    void linkWithAndWithoutLabel() {
      URI docs = URI.create("https://example.com/docs?q=a%20b");
      assertThat(json(Property.link("Docs", docs, "Read me")))
          .isEqualTo(
              "{\"label\":\"Docs\",\"dataType\":\"LINK\",\"value\":\"https://example.com/docs?q=a%20b\","
                  + "\"linkLabel\":\"Read me\"}");
      assertThat(json(Property.link("Docs", docs, null)))
          .isEqualTo(
              "{\"label\":\"Docs\",\"dataType\":\"LINK\","
                  + "\"value\":\"https://example.com/docs?q=a%20b\"}");
    }

    @Test
    void numeric() {
      assertThat(json(Property.numeric("Seats", 12)))
          .isEqualTo("{\"label\":\"Seats\",\"dataType\":\"NUMERIC\",\"value\":\"12\"}");
      assertThat(Property.numeric("x", new BigDecimal("1E+3")).value()).isEqualTo("1000");
      assertThat(Property.numeric("x", new BigDecimal("2.50")).value()).isEqualTo("2.50");
      assertThat(Property.numeric("x", 0.1).value()).isEqualTo("0.1");
      assertThat(Property.numeric("x", 1e21).value()).isEqualTo("1000000000000000000000");
      assertThat(Property.numeric("x", 1.5e-8f).value()).isEqualTo("0.000000015");
      assertThat(Property.numeric("x", BigInteger.TWO.pow(70)).value())
          .isEqualTo("1180591620717411303424");
      assertThat(Property.numeric("x", -7L).value()).isEqualTo("-7");
    }

    /** Integers and decimals skip the detour through text; every type still reads as its plain number. */
    @Test
    void numericOfEveryNumberTypeIsItsPlainNumber() {
      Number[] values = {
        (byte) -8, (short) 300, 12, -7L, Long.MIN_VALUE, new BigDecimal("1E+3"),
        new BigDecimal("-0.000000120"), new BigDecimal("2.50"), BigInteger.TWO.pow(70), 0.1, -0.0,
        1.5e-8f, new AtomicLong(42), new DoubleAdder()
      };
      for (Number value : values) {
        Property numeric = Property.numeric("x", value);
        assertThat(numeric.value()).as("%s %s", value.getClass().getSimpleName(), value)
            .isEqualTo(JsonOutput.plainNumber(value));
        assertThat(numeric).isEqualTo(new Property.Numeric("x", new BigDecimal(numeric.value())));
      }
    }

    @Test
    void dateAndDatetime() {
      assertThat(json(Property.date("Created", LocalDate.of(2016, 9, 15))))
          .isEqualTo("{\"label\":\"Created\",\"dataType\":\"DATE\",\"value\":\"2016-09-15\"}");
      assertThat(json(Property.datetime("Updated", Instant.ofEpochMilli(1697233678777L))))
          .isEqualTo(
              "{\"label\":\"Updated\",\"dataType\":\"DATETIME\",\"value\":\"1697233678777\"}");
      assertThat(Property.datetime("Updated", 1697233678777L))
          .isEqualTo(Property.datetime("Updated", Instant.ofEpochMilli(1697233678777L)));
      assertThat(Property.date("Old", LocalDate.of(99, 1, 2)).value()).isEqualTo("0099-01-02");
    }

    @Test
    void textIsEscaped() {
      assertThat(json(Property.string("Say \"hi\"", "line1\nline2 \u2028 ü")))
          .isEqualTo(
              "{\"label\":\"Say \\\"hi\\\"\",\"dataType\":\"STRING\","
                  + "\"value\":\"line1\\nline2 \\u2028 ü\"}");
    }

    @Test
    void emptyStringValueIsAllowed() {
      assertThat(Property.string("Note", "").value()).isEmpty();
    }

    @Test
    void toJsonMatchesWriteTo() {
      Property p = Property.currency("Amount", new BigDecimal("10.00"), "EUR");
      assertThat(p.toJson()).isEqualTo(json(p));
    }

    @Test
    void writingAppendsToWhatIsThere() {
      JsonOutput out = new JsonOutput(4);
      out.rawByte('[');
      Property.string("a", "b").writeTo(out);
      out.rawByte(',');
      Property.string("c", "d").writeTo(out);
      out.rawByte(']');
      assertThat(out.toString())
          .isEqualTo(
              "[{\"label\":\"a\",\"dataType\":\"STRING\",\"value\":\"b\"},"
                  + "{\"label\":\"c\",\"dataType\":\"STRING\",\"value\":\"d\"}]");
    }
  }

  @Nested
  class Accessors {

    @Test
    void currency() {
      Property p = Property.currency("Resolution impact", new BigDecimal("94.34"), "GBP");
      assertThat(p.label()).isEqualTo("Resolution impact");
      assertThat(p.dataType()).isEqualTo(PropertyType.CURRENCY);
      assertThat(p.value()).isEqualTo("94.34");
      assertThat(p.currencyCode()).contains("GBP");
      assertThat(p.linkLabel()).isEmpty();
      assertThat(p.optionType()).isEmpty();
    }

    @Test
    void linkAndStatus() {
      Property link = Property.link("Docs", URI.create("http://example.com"), "Open");
      assertThat(link.dataType()).isEqualTo(PropertyType.LINK);
      assertThat(link.value()).isEqualTo("http://example.com");
      assertThat(link.linkLabel()).contains("Open");
      assertThat(link.currencyCode()).isEmpty();
      Property status = Property.status("State", "Open", StatusType.SUCCESS);
      assertThat(status.optionType()).contains(StatusType.SUCCESS);
      assertThat(status.dataType()).isEqualTo(PropertyType.STATUS);
    }

    @Test
    void dataTypes() {
      assertThat(Property.string("a", "b").dataType()).isEqualTo(PropertyType.STRING);
      assertThat(Property.numeric("a", 1).dataType()).isEqualTo(PropertyType.NUMERIC);
      assertThat(Property.date("a", LocalDate.EPOCH).dataType()).isEqualTo(PropertyType.DATE);
      assertThat(Property.datetime("a", Instant.EPOCH).dataType()).isEqualTo(PropertyType.DATETIME);
      assertThat(Property.email("a", "x@y.z").dataType()).isEqualTo(PropertyType.EMAIL);
    }

    @Test
    void equalsHashCodeAndToString() {
      Property a = Property.currency("Amount", new BigDecimal("1.50"), "USD");
      Property b = Property.currency("Amount", new BigDecimal("1.50"), "USD");
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a).isNotEqualTo(Property.currency("Amount", new BigDecimal("1.5"), "USD"));
      assertThat(a).isNotEqualTo(Property.currency("Amount", new BigDecimal("1.50"), "EUR"));
      assertThat(Property.string("a", "1")).isNotEqualTo(Property.numeric("a", 1));
      assertThat(Property.status("s", "v", StatusType.INFO))
          .isNotEqualTo(Property.status("s", "v", StatusType.DANGER));
      assertThat(a.toString()).isEqualTo("Property[CURRENCY \"Amount\" = \"1.50\", currencyCode=USD]");
      assertThat(Property.link("L", URI.create("https://e.com"), "go").toString())
          .isEqualTo("Property[LINK \"L\" = \"https://e.com\", linkLabel=\"go\"]");
      assertThat(Property.status("S", "Up", StatusType.SUCCESS).toString())
          .isEqualTo("Property[STATUS \"S\" = \"Up\", optionType=SUCCESS]");
    }
  }

  @Nested
  class Validation {

    @Test
    void labelIsRequired() {
      assertThatThrownBy(() -> Property.string(null, "v"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("property label must not be null");
      assertThatThrownBy(() -> Property.numeric(" \t", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("property label must not be blank");
      assertThatThrownBy(() -> Property.datetime("", 1L))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("property label must not be blank");
    }

    @Test
    void valueIsRequired() {
      String message = "value of property \"Name\" must not be null";
      assertThatThrownBy(() -> Property.string("Name", null)).hasMessage(message);
      assertThatThrownBy(() -> Property.numeric("Name", null)).hasMessage(message);
      assertThatThrownBy(() -> Property.currency("Name", null, "USD")).hasMessage(message);
      assertThatThrownBy(() -> Property.date("Name", null)).hasMessage(message);
      assertThatThrownBy(() -> Property.datetime("Name", (Instant) null)).hasMessage(message);
      assertThatThrownBy(() -> Property.email("Name", null)).hasMessage(message);
      assertThatThrownBy(() -> Property.link("Name", (URI) null, null)).hasMessage(message);
      assertThatThrownBy(() -> Property.link("Name", (String) null, null)).hasMessage(message);
      assertThatThrownBy(() -> Property.status("Name", null, StatusType.INFO)).hasMessage(message);
      assertThatThrownBy(() -> Property.string("Name", null))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void numericMustBeFinite() {
      assertThatThrownBy(() -> Property.numeric("Ratio", Double.NaN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value of property \"Ratio\" is invalid: not a finite number: NaN");
      assertThatThrownBy(() -> Property.numeric("Ratio", Float.POSITIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value of property \"Ratio\" is invalid: not a finite number: Infinity");
    }

    @Test
    void currencyCodeMustBeIso4217() {
      assertThatThrownBy(() -> Property.currency("Total", BigDecimal.ONE, "usd"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "currencyCode \"usd\" of property \"Total\" is not an ISO 4217 currency code"
                  + " (three upper-case letters such as USD, EUR, GBP)");
      assertThatThrownBy(() -> Property.currency("Total", BigDecimal.ONE, "ABC"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"ABC\"");
      assertThatThrownBy(() -> Property.currency("Total", BigDecimal.ONE, ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("currencyCode \"\"");
      assertThatThrownBy(() -> Property.currency("Total", BigDecimal.ONE, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("currencyCode of property \"Total\" must not be null");
    }

    @Test
    void currencyAmountIsPlain() {
      assertThat(Property.currency("T", new BigDecimal("1.2E+4"), "JPY").value()).isEqualTo("12000");
      assertThat(Property.currency("T", new BigDecimal("-0.000000012"), "EUR").value())
          .isEqualTo("-0.000000012");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"a@b.co", "first.last+tag@sub.example.com", "ijones@hubspot.com", "x@y.z"})
    void plausibleEmails(String email) {
      assertThat(Property.email("E", email).value()).isEqualTo(email);
    }

    @Test
    void implausibleEmails() {
      assertEmailProblem("ijones.hubspot.com", "it has no '@'");
      assertEmailProblem("a@b@c.com", "it has more than one '@'");
      assertEmailProblem("@hubspot.com", "nothing before the '@'");
      assertEmailProblem("ijones@", "nothing after the '@'");
      assertEmailProblem("ijones@localhost", "the domain \"localhost\" has no dot");
      assertEmailProblem("i jones@hubspot.com", "it contains whitespace or a control character");
      assertEmailProblem("ijones@hubspot.com\n", "it contains whitespace or a control character");
      assertEmailProblem("ijones@hub\u00A0spot.com", "it contains whitespace or a control character");
      assertEmailProblem("ijones@.hubspot.com", "the domain \".hubspot.com\" has an empty label");
      assertEmailProblem("ijones@hubspot.com.", "the domain \"hubspot.com.\" has an empty label");
      assertEmailProblem("ijones@hubspot..com", "the domain \"hubspot..com\" has an empty label");
      assertEmailProblem("", "it has no '@'");
    }

    private void assertEmailProblem(String email, String problem) {
      assertThatThrownBy(() -> Property.email("Owner", email))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value of property \"Owner\" \"" + email + "\" is not an e-mail address: " + problem);
    }

    @Test
    void linkMustBeAbsoluteHttp() {
      assertThatThrownBy(() -> Property.link("Docs", URI.create("/relative/path"), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "value of property \"Docs\" must be an absolute http or https URI, got \"/relative/path\"");
      assertThatThrownBy(() -> Property.link("Docs", URI.create("ftp://example.com/x"), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got \"ftp://example.com/x\"");
      assertThatThrownBy(() -> Property.link("Docs", URI.create("mailto:a@b.c"), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("absolute http or https");
      assertThatThrownBy(() -> Property.link("Docs", URI.create("http:opaque"), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("absolute http or https");
      assertThatThrownBy(() -> Property.link("Docs", URI.create("https:///path"), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value of property \"Docs\" has no valid host name: \"https:///path\"");
      assertThatThrownBy(() -> Property.link("Docs", URI.create("https://bad_host.com/"), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no valid host name");
      assertThat(Property.link("Docs", URI.create("HTTPS://Example.com/A"), null).value())
          .isEqualTo("HTTPS://Example.com/A");
    }

    @Test
    void aLinksTextMeetsTheRuleItsUriMeets() {
      for (String text : new String[] {
        "/relative/path", "ftp://example.com/x", "mailto:a@b.c", "http:opaque", "https:///path",
        "https://bad_host.com/", "HTTPS://Example.com/A",
        "https://example.com:8443/caf%C3%A9?q=1#top", "https://127.0.0.1/x"
      }) {
        String viaUri = problemOf(() -> Property.link("Docs", URI.create(text), null));
        String viaText = problemOf(() -> Property.link("Docs", text, null));
        assertThat(viaText).as(text).isEqualTo(viaUri);
        if (viaUri == null) {
          assertThat(Property.link("Docs", text, "Open"))
              .isEqualTo(Property.link("Docs", URI.create(text), "Open"));
        }
      }
      assertThatThrownBy(() -> Property.link("Docs", "javascript:alert(1)", null))
          .hasMessage("value of property \"Docs\" must be an absolute http or https URI, got \"javascript:alert(1)\"");
    }

    private String problemOf(Runnable make) {
      try {
        make.run();
        return null;
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }

    @Test
    void linkLabelMayBeNullButNotBlank() {
      assertThatThrownBy(() -> Property.link("Docs", URI.create("https://e.com"), " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("linkLabel of property \"Docs\" must not be blank");
    }

    @Test
    void statusNeedsAnOptionType() {
      assertThatThrownBy(() -> Property.status("State", "Open", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("optionType of property \"State\" must not be null");
    }

    @Test
    void datetimeOutOfRange() {
      assertThatThrownBy(() -> Property.datetime("When", Instant.MAX))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "value of property \"When\" " + Instant.MAX + " is out of the range of epoch milliseconds");
    }
  }
}

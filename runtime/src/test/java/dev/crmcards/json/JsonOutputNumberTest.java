package dev.crmcards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The unquoted numbers of a summary: the same plain text the quoted property values have. */
class JsonOutputNumberTest {

  private static String write(java.util.function.Consumer<JsonOutput> writer) {
    JsonOutput out = new JsonOutput(16);
    writer.accept(out);
    return out.toString();
  }

  @Test
  void numbersAreWrittenPlainWithoutQuotes() {
    assertThat(write(o -> o.number(94.34))).isEqualTo("94.34");
    assertThat(write(o -> o.number(3.0))).isEqualTo("3");
    assertThat(write(o -> o.number(1e-7))).isEqualTo("0.0000001");
    assertThat(write(o -> o.number(0.1f))).isEqualTo("0.1");
    assertThat(write(o -> o.number(new BigDecimal("1234.50")))).isEqualTo("1234.50");
    assertThat(write(o -> o.number(new BigDecimal("1E+3")))).isEqualTo("1000");
    assertThat(write(o -> o.number(new BigInteger("123456789012345678901234567890"))))
        .isEqualTo("123456789012345678901234567890");
  }

  @Test
  void theSameTextAsTheQuotedForms() {
    for (double d : new double[] {0.925, -12.5, 1e21, 123456.789}) {
      assertThat("\"" + write(o -> o.number(d)) + "\"").isEqualTo(write(o -> o.quotedDouble(d)));
    }
  }

  @Test
  void notANumberIsRefused() {
    assertThatThrownBy(() -> write(o -> o.number(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
  }
}

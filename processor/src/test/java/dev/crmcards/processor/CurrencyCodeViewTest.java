package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.crmcards.processor.Cards.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A CURRENCY property's {@code currencyCode} goes into the card's view, by the property's wire
 * name, and nowhere else: HubSpot's cards API has no place for it, so the definition and the
 * generated code are the same bytes with or without it.
 */
class CurrencyCodeViewTest {
  private static final String VIEW = "META-INF/crmcards/views/order.json";
  private static final String TOTAL_IN_EUROS =
      "@CardProperty(label = \"Total\", type = CURRENCY, currencyCode = \"EUR\") BigDecimal total";
  private static final String TOTAL = "@CardProperty(label = \"Total\", type = CURRENCY) BigDecimal total";
  private static final String TAX = "@CardProperty(label = \"Tax\", type = CURRENCY) BigDecimal tax";
  private static final String FEE_IN_YEN =
      "@CardProperty(name = \"fee_net\", label = \"Fee\", type = CURRENCY, currencyCode = \"JPY\") long fee";

  @Test
  void aTableViewGivesEachCodedColumnItsCodeByWireName() throws IOException {
    Compilation c = compile(ViewErrorsTest.order("  layout = CardLayout.TABLE", TOTAL_IN_EUROS, TAX, FEE_IN_YEN));
    Cards.assertSucceededWithoutWarnings(c);
    assertThat(view(c)).isEqualTo(
        """
        {
          "card": "order",
          "layout": "TABLE",
          "locations": [
            "RECORD_SIDEBAR"
          ],
          "pageSize": 10,
          "searchable": false,
          "sortable": [],
          "currencyCodes": {
            "total": "EUR",
            "fee_net": "JPY"
          }
        }
        """);
  }

  @Test
  void aTilesViewCarriesTheCodeToo() throws IOException {
    Compilation c = compile(ViewErrorsTest.order("  locations = CardLocation.RECORD_SIDEBAR", TOTAL_IN_EUROS, TAX));
    Cards.assertSucceededWithoutWarnings(c);
    assertThat(view(c)).isEqualTo(
        """
        {
          "card": "order",
          "layout": "TILES",
          "locations": [
            "RECORD_SIDEBAR"
          ],
          "currencyCodes": {
            "total": "EUR"
          }
        }
        """);
  }

  @Test
  void theDefinitionAndTheGeneratedCodeAreTheSameWithOrWithoutTheCode() throws IOException {
    Map<String, String> with = generatedText(compile(ViewErrorsTest.order("  layout = CardLayout.TABLE", TOTAL_IN_EUROS)));
    Map<String, String> without = generatedText(compile(ViewErrorsTest.order("  layout = CardLayout.TABLE", TOTAL)));
    assertThat(with.get(VIEW)).contains("\"currencyCodes\"");
    assertThat(without.get(VIEW)).doesNotContain("currencyCode");
    with.remove(VIEW);
    without.remove(VIEW);
    assertThat(with).containsKey("META-INF/crmcards/order.json");
    assertThat(with).isEqualTo(without);
  }

  private static String view(Compilation c) throws IOException {
    return c.generatedFile(StandardLocation.CLASS_OUTPUT, VIEW).orElseThrow().getCharContent(true).toString();
  }

  /** Every file the processor wrote (javac's classes aside), by its path in the output. */
  private static Map<String, String> generatedText(Compilation c) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : c.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        String uri = file.toUri().getPath();
        files.put(uri.substring(uri.indexOf('/', 1) + 1), file.getCharContent(true).toString());
      }
    }
    return files;
  }
}

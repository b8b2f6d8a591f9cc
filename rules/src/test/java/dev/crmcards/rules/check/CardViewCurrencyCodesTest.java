package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The currency codes a view gives card-defined CURRENCY properties, which their definition cannot. */
class CardViewCurrencyCodesTest {

  @Test
  void readsEachPropertysCodeInTheFilesOrder() {
    CardView view = CardView.parse(
        "{\"card\": \"orders\", \"layout\": \"TABLE\", \"currencyCodes\": {\"total\": \"EUR\", \"fee_net\": \"JPY\"}}");
    assertThat(view.currencyCodes()).containsExactly(
        Map.entry("total", "EUR"), Map.entry("fee_net", "JPY"));
  }

  @Test
  void aViewWithoutThemHasNone() {
    assertThat(CardView.parse("{\"card\": \"orders\"}").currencyCodes()).isEmpty();
  }

  @Test
  void aCodeThatIsNoTextIsLeftOut() {
    CardView view = CardView.parse("{\"currencyCodes\": {\"total\": 978, \"tax\": null, \"fee\": \"USD\"}}");
    assertThat(view.currencyCodes()).containsOnlyKeys("fee");
  }
}

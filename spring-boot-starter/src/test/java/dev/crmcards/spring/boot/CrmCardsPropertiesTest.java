package dev.crmcards.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.servlet.CardSettings;
import org.junit.jupiter.api.Test;

/**
 * The properties' defaults are written as literals so that IDEs can show them from the metadata;
 * they must stay those of {@link CardSettings}.
 */
class CrmCardsPropertiesTest {

  @Test
  void defaultsAreThoseOfCardSettings() {
    CrmCardsProperties properties = new CrmCardsProperties();

    assertThat(properties.getHandlerTimeout()).isEqualTo(CardSettings.DEFAULT_HANDLER_TIMEOUT);
    assertThat(properties.getMaxBodySize().toBytes())
        .isEqualTo(CardSettings.DEFAULT_MAX_BODY_BYTES);
    assertThat(properties.isAcceptLocalProxy())
        .isEqualTo(CardSettings.builder().clientSecret("s").build().acceptLocalProxy());
    assertThat(properties.isRequireV3())
        .isEqualTo(CardSettings.builder().clientSecret("s").build().requireV3());
  }

  @Test
  void splitsRotatingSecretsAndNeverShowsThem() {
    CrmCardsProperties properties = new CrmCardsProperties();
    properties.setClientSecret(" new-secret , old-secret ,");

    assertThat(properties.clientSecrets()).containsExactly("new-secret", "old-secret");
    assertThat(properties.toString())
        .contains("clientSecrets=2")
        .doesNotContain("new-secret", "old-secret");
  }
}

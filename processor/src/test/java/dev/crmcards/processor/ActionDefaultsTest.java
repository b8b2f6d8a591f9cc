package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.crmcards.Action;
import dev.crmcards.rules.ActionShapes;
import org.junit.jupiter.api.Test;

/**
 * An annotation's defaults must be literals, so {@code @Action}'s iframe size is written there a
 * second time: this holds it to the rules' size, which the card UI uses for an action without one.
 */
class ActionDefaultsTest {
  @Test
  void theIframeSizeDefaultsAreTheRules() throws NoSuchMethodException {
    assertThat(Action.class.getMethod("width").getDefaultValue()).isEqualTo(ActionShapes.DEFAULT_IFRAME_WIDTH);
    assertThat(Action.class.getMethod("height").getDefaultValue()).isEqualTo(ActionShapes.DEFAULT_IFRAME_HEIGHT);
  }
}

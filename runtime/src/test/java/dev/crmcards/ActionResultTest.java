package dev.crmcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.rules.FormInputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionResultTest {
  @Test
  void invalidIsA400WithTheFieldErrorsInTheirOrder() {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("due", "Pick a day from today on.");
    errors.put("title", "Taken.");
    ActionResult result = ActionResult.invalid(errors);
    assertThat(result.status()).isEqualTo(400);
    assertThat(result.message()).isEqualTo(FormInputs.INVALID_FORM);
    assertThat(List.copyOf(result.errors().keySet())).containsExactly("due", "title");
    assertThat(ActionResult.invalid("due", "Pick a day from today on.").errors())
        .containsExactly(Map.entry("due", "Pick a day from today on."));
    assertThat(ActionResult.ok("done").errors()).isEmpty();
  }

  @Test
  void invalidNeedsAFieldAndAMessage() {
    assertThatThrownBy(() -> ActionResult.invalid(Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActionResult.invalid("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActionResult.invalid("due", " ")).isInstanceOf(IllegalArgumentException.class);
  }
}

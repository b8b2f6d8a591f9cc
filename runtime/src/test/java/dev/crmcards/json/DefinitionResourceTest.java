package dev.crmcards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DefinitionResourceTest {

  @Test
  void readsTheResourceAsUtf8() {
    assertThat(DefinitionResource.read(DefinitionResourceTest.class, "dev/crmcards/json/definition.json"))
        .isEqualTo("{\n  \"title\": \"Café\"\n}\n");
  }

  @Test
  void aMissingResourceIsAnIllegalState() {
    assertThatThrownBy(() -> DefinitionResource.read(DefinitionResourceTest.class, "META-INF/crmcards/none.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "The card definition META-INF/crmcards/none.json of dev.crmcards.json.DefinitionResourceTest"
                + " is not on the class path.");
  }
}

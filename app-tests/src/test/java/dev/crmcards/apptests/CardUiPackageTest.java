package dev.crmcards.apptests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The card UI's own npm tests (HubSpot's test renderer) and its type check, inside the build. */
class CardUiPackageTest {
  private static final Path CARD_UI = NodeTools.REPOSITORY.resolve("card-ui");

  @BeforeAll
  static void install() {
    NodeTools.requireNpm();
    NodeTools.installLocked(CARD_UI);
  }

  @Test
  void typeChecks() {
    NodeTools.run(CARD_UI, Map.of(), 300, "npm", "run", "typecheck").orFail();
  }

  @Test
  void itsRendererTestsPass() {
    NodeTools.Run run = NodeTools.run(CARD_UI, Map.of("CI", "true"), 600, "npm", "test").orFail();
    assertThat(run.output()).contains("Tests").doesNotContain("failed");
  }
}

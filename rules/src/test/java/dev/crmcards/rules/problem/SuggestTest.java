package dev.crmcards.rules.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one "did you mean" of the processor and the tools. */
class SuggestTest {
  private static final List<String> NAMES =
      List.of("ticketType", "associatedObjectType", "pageSize", "id");

  @Test
  void theSameLettersWhateverTheCaseAndSeparators() {
    assertThat(Suggest.closest("ticket_type", NAMES)).contains("ticketType");
    assertThat(Suggest.closest("Page-Size", NAMES)).contains("pageSize");
  }

  @Test
  void aFewEditsAwayAsTheNameIsLong() {
    assertThat(Suggest.closest("pagesise", NAMES)).contains("pageSize");
    // Three slips in a name of twenty letters: within a third of it.
    assertThat(Suggest.closest("asociatedObjcetTpye", NAMES)).contains("associatedObjectType");
  }

  @Test
  void nothingForANameTooFarOrTooShortToJudge() {
    assertThat(Suggest.closest("colour", NAMES)).isEqualTo(Optional.empty());
    assertThat(Suggest.closest("x", NAMES)).isEqualTo(Optional.empty());
    assertThat(Suggest.closest("x", List.of())).isEqualTo(Optional.empty());
  }
}

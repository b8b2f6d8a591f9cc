package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.json.JsonValue;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CardViewsTest {

  /**
   * The server's half of the search agreement: it reads q as the card UI sends it, trimmed by
   * JavaScript (card-ui's search agreement test runs the same file). An empty result is no search.
   */
  @Test
  void theServerTrimsTheSearchTextAsTheCardUiDoes() throws IOException {
    for (JsonValue c : Agreements.cases("search-agreement.json")) {
      String typed = c.path("typed").text();
      String expected = c.path("q").isNull() ? "" : c.path("q").text();
      assertThat(CardViews.searchText(typed)).as(escaped(typed)).isEqualTo(expected);
    }
  }

  /** Java's strip removes other characters than JavaScript's trim: the rule is not strip. */
  @Test
  void theSearchTextIsNotJavasStrip() {
    assertThat(CardViews.searchText("\u00a0x\ufeff")).isEqualTo("x");
    assertThat("\u00a0x\ufeff".strip()).isEqualTo("\u00a0x\ufeff");
    assertThat(CardViews.searchText("\u001cx")).isEqualTo("\u001cx");
    assertThat("\u001cx".strip()).isEqualTo("x");
  }

  /** A card that names no location keeps the reach of a legacy card: on tickets, the help desk too. */
  @Test
  void aCardThatNamesNoLocationShowsOnTheSidebarAndOnTicketsOnTheHelpDesk() {
    assertThat(CardViews.defaultLocations(false)).containsExactly("RECORD_SIDEBAR");
    assertThat(CardViews.defaultLocations(true)).containsExactly("RECORD_SIDEBAR", "HELPDESK_SIDEBAR");
  }

  /** An enum is a category as a String is: its constants are the categories' labels. */
  @Test
  void anEnumXIsACategoryAsAStringIs() {
    assertThat(CardViews.chartFieldType(JavaType.ENUM)).contains(CardViews.CATEGORY);
    assertThat(CardViews.chartFieldType(JavaType.STRING)).contains(CardViews.CATEGORY);
    assertThat(CardViews.chartFieldType(JavaType.BOOLEAN)).isEmpty();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}

package dev.crmcards.cli.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.cli.UsageException;
import org.junit.jupiter.api.Test;

class CardServerUrlTest {
  private static final String TARGET = "https://www.example.com/demo-fetch";

  @Test
  void theFetchGoesToTheUrlGivenOrToTheTargetPathOnAnOrigin() {
    assertThat(new CardServerUrl("http://127.0.0.1:8080/demo-fetch").fetchUrl(TARGET))
        .isEqualTo("http://127.0.0.1:8080/demo-fetch");
    assertThat(new CardServerUrl("http://127.0.0.1:8080/cards/bugs").fetchUrl(TARGET))
        .isEqualTo("http://127.0.0.1:8080/cards/bugs");
    assertThat(new CardServerUrl("http://127.0.0.1:8080").fetchUrl(TARGET)).isEqualTo("http://127.0.0.1:8080/demo-fetch");
    assertThat(new CardServerUrl("http://127.0.0.1:8080/").fetchUrl(TARGET)).isEqualTo("http://127.0.0.1:8080/demo-fetch");
  }

  @Test
  void actionsKeepPathAndQueryOnTheServersOrigin() {
    CardServerUrl server = new CardServerUrl("http://127.0.0.1:8080/demo-fetch");
    assertThat(server.origin()).isEqualTo("http://127.0.0.1:8080");
    assertThat(server.actionUrl("https://example.com/tickets/245?x=%40y")).isEqualTo("http://127.0.0.1:8080/tickets/245?x=%40y");
    assertThat(server.actionUrl("http://127.0.0.1:8080/tickets/245")).isEqualTo("http://127.0.0.1:8080/tickets/245");
    assertThat(server.actionUrl("https://example.com")).isEqualTo("http://127.0.0.1:8080/");
  }

  @Test
  void aUrlThatIsNoneIsAUsageError() {
    assertThatThrownBy(() -> new CardServerUrl("127.0.0.1:8080/demo-fetch"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--url must be an absolute http(s) URL, got 127.0.0.1:8080/demo-fetch");
  }
}

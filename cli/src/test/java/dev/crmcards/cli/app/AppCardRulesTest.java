package dev.crmcards.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppCardRulesTest {
  @Test
  void uidsKeepHubSpotsShapeWhateverTheName() {
    assertThat(AppCardRules.uid("bug-tracker", "-card")).isEqualTo("bug-tracker-card");
    assertThat(AppCardRules.uid("Ünïcode names/with spaces", "-card")).isEqualTo("n-code-names-with-spaces-card");
    String longName = "a".repeat(100);
    String uid = AppCardRules.uid(longName, "-helpdesk-card");
    assertThat(uid).hasSize(AppCardRules.MAX_UID_LENGTH).endsWith("-helpdesk-card");
    assertThat(AppCardRules.isValidUid(uid)).isTrue();
    assertThat(AppCardRules.uid("///", "-card")).isEqualTo("card-card");
    assertThat(AppCardRules.isValidUid("a b")).isFalse();
    assertThat(AppCardRules.isValidUid("x".repeat(65))).isFalse();
  }

  @Test
  void hubspotFetchReachesOnlyHttpsOnADomainName() {
    assertThat(AppCardRules.fetchUrlProblem("https://cards.example.com/fetch")).isEmpty();
    assertThat(AppCardRules.fetchUrlProblem("http://cards.example.com/fetch")).get().asString().contains("https");
    assertThat(AppCardRules.fetchUrlProblem("https://localhost:8080/fetch")).get().asString().contains("localhost");
    assertThat(AppCardRules.fetchUrlProblem("https://127.0.0.1/fetch")).get().asString().contains("IP address");
    assertThat(AppCardRules.fetchUrlProblem("/fetch")).get().asString().contains("absolute https URL");
  }
}

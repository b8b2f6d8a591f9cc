package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppProjectsTest {
  @Test
  void uidsKeepHubSpotsShapeWhateverTheName() {
    assertThat(AppProjects.uid("bug-tracker", "-card")).isEqualTo("bug-tracker-card");
    assertThat(AppProjects.uid("Ünïcode names/with spaces", "-card")).isEqualTo("n-code-names-with-spaces-card");
    String uid = AppProjects.uid("a".repeat(100), "-helpdesk-card");
    assertThat(uid).hasSize(AppProjects.MAX_UID_LENGTH).endsWith("-helpdesk-card");
    assertThat(AppProjects.isValidUid(uid)).isTrue();
    assertThat(AppProjects.uid("///", "-card")).isEqualTo("card-card");
    assertThat(AppProjects.isValidUid("a b")).isFalse();
    assertThat(AppProjects.isValidUid("x".repeat(65))).isFalse();
  }

  @Test
  void scopesFollowTheRecordTypesWithTicketsNamedAlone() {
    assertThat(AppProjects.requiredScopes(List.of("contacts", "tickets", "contacts")))
        .containsExactly("crm.objects.contacts.read", "crm.objects.contacts.write", "oauth", "tickets");
  }

  @Test
  void hubspotFetchReachesOnlyHttpsOnADomainName() {
    assertThat(Urls.fetchUrlProblem("https://cards.example.com/fetch")).isEmpty();
    assertThat(Urls.fetchUrlProblem("http://cards.example.com/fetch")).get().asString().contains("https");
    assertThat(Urls.fetchUrlProblem("https://localhost:8080/fetch")).get().asString().contains("localhost");
    assertThat(Urls.fetchUrlProblem("https://127.0.0.1/fetch")).get().asString().contains("IP address");
    assertThat(Urls.fetchUrlProblem("/fetch")).get().asString().contains("absolute https URL");
  }
}

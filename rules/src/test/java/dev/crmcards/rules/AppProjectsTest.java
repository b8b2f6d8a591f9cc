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

  @Test
  void projectsNameASupportedPlatformVersionTheCurrentOneByDefault() {
    assertThat(AppProjects.PLATFORM_VERSIONS).contains(AppProjects.PLATFORM_VERSION);
    assertThat(AppProjects.PLATFORM_VERSION).isEqualTo("2026.03");
    for (String version : List.of("2025.2", "2026.03", "2026.09")) {
      assertThat(AppProjects.platformVersionProblem(version)).as(version).isEmpty();
    }
    assertThat(AppProjects.platformVersionProblem("2025.1")).get().asString()
        .isEqualTo("platform version \"2025.1\" is not one HubSpot supports for app cards; use one of"
            + " 2025.2, 2026.03, 2026.09 (the current one is 2026.03)");
    assertThat(AppProjects.platformVersionProblem("2027.03-beta")).isPresent();
  }

  @Test
  void theProxyWrapsEveryAnswerFrom300To599() {
    assertThat(ProxyEnvelope.wraps(200)).isFalse();
    assertThat(ProxyEnvelope.wraps(204)).isFalse();
    assertThat(ProxyEnvelope.wraps(302)).isTrue();
    assertThat(ProxyEnvelope.wraps(400)).isTrue();
    assertThat(ProxyEnvelope.wraps(503)).isTrue();
  }

  @Test
  void theLocalProxyMapsToAnOriginOnly() {
    assertThat(LocalDevelopment.localUrlProblem("http://localhost:8080")).isEmpty();
    assertThat(LocalDevelopment.localUrlProblem("http://127.0.0.1:8080/")).isEmpty();
    assertThat(LocalDevelopment.localUrlProblem("https://dev.example.com")).isEmpty();
    assertThat(LocalDevelopment.localUrlProblem("http://localhost:8080/demo-fetch")).get().asString()
        .contains("origins only");
    assertThat(LocalDevelopment.localUrlProblem("localhost:8080")).contains(
        "must be an absolute http or https URI, got \"localhost:8080\"; give the local server's origin, such as"
            + " http://localhost:8080");
    assertThat(LocalDevelopment.localUrlProblem("http://localhost:0")).contains(
        "has port 0; a port is from 1 to 65535, got \"http://localhost:0\"");
  }
}

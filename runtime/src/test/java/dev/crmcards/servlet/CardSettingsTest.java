package dev.crmcards.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardSettingsTest {

  static final String SECRET = "5c7d1f0e-4b7a-4f51-9a0e-2d9f1f3c8a11";

  @Test
  void defaults() {
    CardSettings settings = CardSettings.builder().clientSecret(SECRET).build();
    assertThat(settings.maxBodyBytes()).isEqualTo(1024 * 1024);
    assertThat(settings.timestampTolerance()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.acceptV1()).isFalse();
    assertThat(settings.requireV3()).isTrue();
    assertThat(settings.publicBaseUrl()).isEmpty();
    assertThat(settings.signatureVerifier().secretCount()).isEqualTo(1);
    assertThat(settings.handlerTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(settings.handlerExecutor()).isEmpty();
  }

  @Test
  void handlerDeadlineAndExecutor() {
    Executor executor = Runnable::run;
    CardSettings settings = CardSettings.builder().clientSecret(SECRET)
        .handlerTimeout(Duration.ofMillis(1500)).handlerExecutor(executor).build();
    assertThat(settings.handlerTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.handlerExecutor()).containsSame(executor);
    assertThat(settings.toString()).contains("handlerTimeout=PT1.5S", "handlerExecutor=custom");
    assertThat(CardSettings.builder().clientSecret(SECRET).handlerTimeout(Duration.ZERO).build()
        .handlerTimeout()).isZero();
    for (Duration invalid :
        java.util.List.of(Duration.ofMillis(-1), Duration.ofNanos(999), Duration.ofMinutes(61))) {
      assertThatThrownBy(() -> CardSettings.builder().handlerTimeout(invalid))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("handler timeout");
    }
  }

  @Test
  void everyOption() {
    Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    CardSettings settings = CardSettings.builder()
        .clientSecrets(SECRET, "new-secret")
        .publicBaseUrl("https://cards.example.com/prefix/")
        .requireV3(false)
        .timestampTolerance(Duration.ofMinutes(2))
        .clock(clock)
        .maxBodyBytes(4096)
        .build();
    assertThat(settings.signatureVerifier().secretCount()).isEqualTo(2);
    assertThat(settings.publicBaseUrl()).hasValue("https://cards.example.com/prefix");
    assertThat(settings.requireV3()).isFalse();
    assertThat(settings.timestampTolerance()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.clock()).isSameAs(clock);
    assertThat(settings.maxBodyBytes()).isEqualTo(4096);
    assertThat(CardSettings.builder().clientSecret(SECRET).requireV3(false).acceptV1(true).build()
            .acceptV1())
        .isTrue();
  }

  @Test
  void aSecretIsRequired() {
    assertThatThrownBy(() -> CardSettings.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client secret")
        .hasMessageContaining("HUBSPOT_CLIENT_SECRET");
    assertThatThrownBy(() -> CardSettings.builder().clientSecret(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNeverShowsSecrets() {
    CardSettings settings = CardSettings.builder().clientSecrets(SECRET, "second-secret").build();
    assertThat(settings.toString()).doesNotContain(SECRET).doesNotContain("second-secret")
        .contains("secrets=2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cards.example.com", "ftp://cards.example.com", "https://",
      "https://cards.example.com/?a=b", "https://cards.example.com/#x",
      "https://user:pw@cards.example.com", "https://cards example.com", "/relative"})
  void publicBaseUrlMustBeAnAbsoluteHttpUrl(String url) {
    assertThatThrownBy(() -> CardSettings.builder().publicBaseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("publicBaseUrl");
  }

  @Test
  void invalidOptions() {
    assertThatThrownBy(() -> CardSettings.builder().maxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardSettings.builder().timestampTolerance(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CardSettings.builder().clientSecret(SECRET).acceptV1(true).requireV3(true).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CardSettings.builder().clientSecret(SECRET).acceptV1(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requireV3(false)");
  }

  @Test
  void fromTheEnvironment() {
    CardSettings settings = CardSettings.fromEnvironment(Map.of(
        "HUBSPOT_CLIENT_SECRET", " old-secret , new-secret,",
        "PUBLIC_BASE_URL", "https://cards.example.com/")::get);
    assertThat(settings.signatureVerifier().secretCount()).isEqualTo(2);
    assertThat(settings.publicBaseUrl()).hasValue("https://cards.example.com");

    CardSettings secretOnly =
        CardSettings.fromEnvironment(Map.of("HUBSPOT_CLIENT_SECRET", SECRET, "PUBLIC_BASE_URL", "")::get);
    assertThat(secretOnly.publicBaseUrl()).isEmpty();
  }

  @Test
  void theEnvironmentMustHoldASecret() {
    for (Map<String, String> environment :
        java.util.List.of(Map.<String, String>of(), Map.of("HUBSPOT_CLIENT_SECRET", " , "))) {
      assertThatThrownBy(() -> CardSettings.fromEnvironment(environment::get))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("HUBSPOT_CLIENT_SECRET is not set");
    }
  }
}

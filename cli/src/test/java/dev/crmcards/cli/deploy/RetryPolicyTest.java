package dev.crmcards.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(30)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterInSecondsOrAsADate() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertThat(policy.rateLimitDelay(1, Optional.of("3"), NOW)).contains(Duration.ofSeconds(3));
    assertThat(policy.rateLimitDelay(1, Optional.of("Thu, 26 Nov 2026 12:00:10 GMT"), NOW))
        .contains(Duration.ofSeconds(10));
    assertThat(policy.rateLimitDelay(1, Optional.of("Thu, 26 Nov 2026 11:00:00 GMT"), NOW)).contains(Duration.ZERO);
    assertThat(policy.rateLimitDelay(2, Optional.of("soon"), NOW)).contains(Duration.ofSeconds(2));
    assertThat(policy.rateLimitDelay(2, Optional.empty(), NOW)).contains(Duration.ofSeconds(2));
    assertThat(policy.rateLimitDelay(1, Optional.of("3600"), NOW)).isEmpty();
  }
}

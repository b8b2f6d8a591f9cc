package dev.crmcards.cli.deploy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a cards API request again: on 429 (after the {@code Retry-After} HubSpot gives,
 * else the backoff) and on 5xx or a broken connection (after an exponential backoff: base,
 * 2 x base, 4 x base ... capped), at most {@code maxAttempts} times in all.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  /** Five attempts, waiting 1, 2, 4 and 8 seconds between them; a Retry-After up to a minute is honoured. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /** The backoff before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
  public Duration backoff(int attempt) {
    Duration delay = baseDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /**
   * The wait a 429 asks for: its {@code Retry-After} (seconds or an HTTP date), else the backoff.
   * Empty when HubSpot asks for longer than {@code maxDelay}: then it is better to stop and say so.
   */
  public Optional<Duration> rateLimitDelay(int attempt, Optional<String> retryAfter, ZonedDateTime now) {
    Duration delay = retryAfter.flatMap(value -> parseRetryAfter(value, now)).orElse(backoff(attempt));
    return delay.compareTo(maxDelay) > 0 ? Optional.empty() : Optional.of(delay);
  }

  static Optional<Duration> parseRetryAfter(String value, ZonedDateTime now) {
    String text = value.strip();
    if (text.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(now, at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

package dev.crmcards.cli.deploy;

import dev.crmcards.cli.IoFailures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends authenticated JSON requests to HubSpot's API, retrying as the {@link RetryPolicy} says.
 * Nothing it reports contains the credential or the query string.
 */
public final class ApiClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final String base;
  private final Credentials credentials;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Consumer<String> log;

  /**
   * @param base the API origin, e.g. {@code https://api.hubapi.com}
   * @param clock reads the time a {@code Retry-After} date is counted from
   * @param sleeper waits between attempts
   * @param log receives a line per retry; it never contains the credential
   */
  public ApiClient(
      String base, Credentials credentials, RetryPolicy policy, Clock clock, Sleeper sleeper, Consumer<String> log) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.credentials = credentials;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.log = log;
  }

  Credentials credentials() {
    return credentials;
  }

  /**
   * Sends a request, retrying on 429, 5xx and connections broken mid-request (not on a refused
   * connection: nothing was sent, and the address is most likely wrong).
   *
   * @param body the JSON body, or {@code null}
   * @return the last answer; empty when the guard says an earlier attempt took effect
   * @throws IOException if the last attempt could not reach HubSpot (message without credential)
   */
  Optional<ApiResponse> send(String method, String path, byte[] body, RetryGuard guard)
      throws IOException {
    String what = method + " " + base + path;
    for (int attempt = 1; ; attempt++) {
      ApiResponse response;
      try {
        response = once(method, path, body);
      } catch (ConnectException e) {
        // Nothing was sent, and a refused connection is rarely temporary: a wrong --api-base.
        throw new IOException("cannot connect to " + base + " (check --api-base)");
      } catch (IOException e) {
        if (attempt >= policy.maxAttempts()) {
          throw new IOException(what + " failed: " + credentials.redact(IoFailures.describe(e)));
        }
        Duration delay = policy.backoff(attempt);
        log.accept(what + " failed (" + e.getClass().getSimpleName() + "); retrying in " + seconds(delay)
            + " (attempt " + (attempt + 1) + " of " + policy.maxAttempts() + ")");
        pause(delay);
        if (guard.tookEffect()) {
          return Optional.empty();
        }
        continue;
      }
      if (attempt >= policy.maxAttempts()) {
        return Optional.of(response);
      }
      if (response.status() == 429) {
        Optional<Duration> delay =
            policy.rateLimitDelay(attempt, response.retryAfter(), ZonedDateTime.now(clock));
        if (delay.isEmpty()) {
          return Optional.of(response);
        }
        log.accept(what + " was rate limited (429); retrying in " + seconds(delay.get())
            + " (attempt " + (attempt + 1) + " of " + policy.maxAttempts() + ")");
        pause(delay.get());
      } else if (response.status() >= 500) {
        Duration delay = policy.backoff(attempt);
        log.accept(what + " answered " + response.status() + "; retrying in " + seconds(delay)
            + " (attempt " + (attempt + 1) + " of " + policy.maxAttempts() + ")");
        pause(delay);
        if (guard.tookEffect()) {
          return Optional.empty();
        }
      } else {
        return Optional.of(response);
      }
    }
  }

  private ApiResponse once(String method, String path, byte[] body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(credentials.authorize(base + path)))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", "crmcards-cli")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    credentials.authorize(request);
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          response.statusCode(), response.body(), response.headers().firstValue("Retry-After"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private void pause(Duration delay) throws IOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String seconds(Duration delay) {
    long millis = delay.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}

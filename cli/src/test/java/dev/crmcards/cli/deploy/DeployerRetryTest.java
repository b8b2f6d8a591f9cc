package dev.crmcards.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.cli.support.StandInCardsApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries against the stand-in of HubSpot's API. The waits go through a sleeper that records them
 * and returns at once, and the clock is fixed: nothing here depends on how busy the machine is.
 */
class DeployerRetryTest {
  private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(20), Duration.ofSeconds(2));
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

  private StandInCardsApi api;
  private final List<String> log = new ArrayList<>();
  private final List<String> report = new ArrayList<>();
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    api = StandInCardsApi.start(7, "key", null);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Deployer deployer(RetryPolicy policy) {
    ApiClient client = new ApiClient(api.base(), Credentials.developerApiKey("key"), policy, CLOCK, waits::add, log::add);
    return new Deployer(new CardsApi(client, ApiVersion.V3, 7));
  }

  private void deploy(RetryPolicy policy) throws Exception {
    Deployer deployer = deployer(policy);
    deployer.apply(deployer.plan(List.of(Fixtures.exampleCard())), report::add);
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() throws Exception {
    api.failNext(503, 0).failNext(502, 0);
    deploy(FAST);
    assertThat(log).containsExactly(
        "GET " + api.base() + "/crm/v3/extensions/cards-dev/7 answered 503; retrying in 20 ms (attempt 2 of 4)",
        "GET " + api.base() + "/crm/v3/extensions/cards-dev/7 answered 502; retrying in 40 ms (attempt 3 of 4)");
    assertThat(waits).containsExactly(Duration.ofMillis(20), Duration.ofMillis(40));
    assertThat(api.cards()).hasSize(1);
  }

  @Test
  void aFailedCreateIsRetriedOnlyAfterCheckingItDidNotHappen() throws Exception {
    Deployer deployer = deployer(FAST);
    var plan = deployer.plan(List.of(Fixtures.exampleCard()));
    api.failNext(503, 0);
    deployer.apply(plan, report::add);
    assertThat(api.log()).containsExactly(
        "GET /crm/v3/extensions/cards-dev/7 -> 200",
        "POST /crm/v3/extensions/cards-dev/7 -> 503",
        "GET /crm/v3/extensions/cards-dev/7 -> 200",
        "POST /crm/v3/extensions/cards-dev/7 -> 201");
    assertThat(api.cards()).hasSize(1);
    assertThat(report).containsExactly("created            bug-tracker \"New CRM Card\" (id 100)");
  }

  @Test
  void aCreateThatHappenedDespiteTheErrorIsNotRepeated() throws Exception {
    Deployer deployer = deployer(FAST);
    CardDefinition card = Fixtures.exampleCard();
    var plan = deployer.plan(List.of(card));
    // Someone (or the failed attempt) created the card meanwhile; the POST then fails.
    deployer(FAST).apply(plan, r -> {});
    api.failNext(503, 0);
    deployer.apply(plan, report::add);
    assertThat(api.cards()).hasSize(1);
    assertThat(report).containsExactly("created            bug-tracker \"New CRM Card\" (id 100)");
  }

  @Test
  void retriesAreBounded() {
    for (int i = 0; i < 4; i++) {
      api.failNext(503, 0);
    }
    assertThatThrownBy(() -> deploy(FAST))
        .isInstanceOf(ApiException.class)
        .hasMessage("HubSpot answered 503 to list the cards of app 7. HubSpot said: Service unavailable");
    assertThat(api.log()).hasSize(4);
    assertThat(waits).containsExactly(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80));
  }

  @Test
  void aConnectionClosedEveryTimeIsRetriedThenDescribed() throws Exception {
    try (ServerSocket closing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread closer = new Thread(() -> {
        while (!closing.isClosed()) {
          try (Socket socket = closing.accept()) {
            socket.getInputStream().read(new byte[8192]);
          } catch (IOException e) {
            // The listener is closed at the test's end.
          }
        }
      });
      closer.setDaemon(true);
      closer.start();
      String base = "http://127.0.0.1:" + closing.getLocalPort();
      ApiClient client = new ApiClient(base, Credentials.developerApiKey("key"), FAST, CLOCK, waits::add, log::add);
      assertThatThrownBy(() -> client.send("GET", "/crm/v3/extensions/cards-dev/7", null, RetryGuard.IDEMPOTENT))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("GET " + base + "/crm/v3/extensions/cards-dev/7 failed: ");
      assertThat(log).startsWith(
          "GET " + base + "/crm/v3/extensions/cards-dev/7 failed (IOException); retrying in 20 ms (attempt 2 of 4)")
          .hasSize(3);
    }
  }

  @Test
  void aRetryAfterLongerThanTheCapStops() {
    api.failNext(429, 30);
    assertThatThrownBy(() -> deploy(FAST))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("HubSpot kept rate limiting requests to list the cards of app 7 (429)");
    assertThat(api.log()).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aRateLimitIsWaitedOutAsRetryAfterAsks() throws Exception {
    api.failNext(429, 2);
    deploy(FAST);
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(log).containsExactly(
        "GET " + api.base() + "/crm/v3/extensions/cards-dev/7 was rate limited (429); retrying in 2 s (attempt 2 of 4)");
    assertThat(api.cards()).hasSize(1);
  }
}

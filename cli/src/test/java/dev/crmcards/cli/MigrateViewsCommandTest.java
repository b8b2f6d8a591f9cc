package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.cli.support.StandInCardsApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate-views} against the stand-in of HubSpot's cards API, as {@code deploy} is tested. */
class MigrateViewsCommandTest {
  private static final int APP = 1234;
  private static final String KEY = "dev-key-0f9e8d7c";
  private static final String TOKEN = "pat-na1-11112222";
  private static final Map<String, String> WITH_KEY = Map.of("HUBSPOT_DEVELOPER_API_KEY", KEY);
  private static final String MIGRATE = "/crm/extensions/cards-dev/2026-03/1234/views/migrate";

  @TempDir Path dir;
  private StandInCardsApi api;

  @BeforeEach
  void start() throws Exception {
    api = StandInCardsApi.start(APP, KEY, TOKEN);
    // The app's legacy cards, created as deploy creates them: "New CRM Card" (id 100), "Orders" (101).
    Path definitions = Files.createDirectories(dir.resolve("cards"));
    Files.write(definitions.resolve("bug-tracker.json"), Fixtures.exampleCard().bytes());
    ObjectNode orders = Fixtures.exampleCard().json().deepCopy();
    orders.put("title", "Orders");
    Fixtures.write(definitions.resolve("orders.json"), Json.pretty(orders));
    CliRun deployed = CliRun.run(WITH_KEY, "deploy", "--definitions", definitions.toString(), "--app-id", "1234",
        "--api-base", api.base());
    assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private CliRun migrateViews(Map<String, String> environment, String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "migrate-views", "--app-id", Integer.toString(APP), "--api-base", api.base(), "--app-card-id", "9001"));
    args.addAll(List.of(extra));
    return CliRun.run(environment, args.toArray(String[]::new));
  }

  private List<StandInCardsApi.Exchange> migrations() {
    return api.exchanges().stream().filter(e -> e.path().endsWith("/views/migrate")).toList();
  }

  @Test
  void sendsExactlyHubSpotsRequestAndPrintsItsProgress() {
    CliRun run = migrateViews(WITH_KEY, "--legacy-card-id", "100");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(migrations()).singleElement().satisfies(e -> {
      assertThat(e.method()).isEqualTo("POST");
      assertThat(e.path()).isEqualTo(MIGRATE);
      assertThat(e.rawQuery()).isEqualTo("hapikey=" + KEY);
      assertThat(e.body()).isEqualTo("{\"legacyCrmCardId\":100,\"appCardId\":9001,\"allowDuplicateAppCardIds\":false}");
    });
    assertThat(run.outLines()).containsExactly(
        "Migrating views from the legacy CRM card to the app card.",
        "0 of 3 account(s) swapped, 3 remaining",
        "started 2026-12-06T12:00:00Z");
    assertThat(run.err()).contains("HubSpot swaps the views in the background; run this again to see how far it got.");
  }

  @Test
  void runningAgainFollowsTheSwapToItsEnd() {
    for (int i = 0; i < 3; i++) {
      assertThat(migrateViews(WITH_KEY, "--legacy-card-id", "100").exitCode()).isZero();
    }
    CliRun last = migrateViews(WITH_KEY, "--legacy-card-id", "100");
    assertThat(last.outLines()).containsExactly(
        "Views migrated; the legacy CRM card is hidden.",
        "3 of 3 account(s) swapped, 0 remaining",
        "started 2026-12-06T12:00:00Z",
        "ended   2026-12-06T12:01:00Z");
    assertThat(last.err()).contains("The app card has replaced legacy card 100 everywhere; delete the legacy card.");
  }

  @Test
  void aSwapThatEndsWithAccountsLeftIsNoSuccess() {
    api.endSwapsShort(1);
    CliRun run = migrateViews(WITH_KEY, "--legacy-card-id", "100");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).contains("2 of 3 account(s) swapped, 1 remaining", "ended   2026-12-06T12:01:00Z");
    assertThat(run.err())
        .contains("The swap ended with 1 account(s) not swapped; keep legacy card 100 and run this again.")
        .doesNotContain("delete the legacy card");
  }

  @Test
  void theLegacyCardCanBeNamedByTitleWithAHelpdeskTwinAndDuplicatesAllowed() {
    CliRun run = migrateViews(Map.of("HUBSPOT_ACCESS_TOKEN", TOKEN),
        "--legacy-card", "Orders", "--helpdesk-app-card-id", "9002", "--allow-duplicates");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.log()).containsExactly(
        "GET /crm/extensions/cards-dev/2026-03/1234 -> 200",
        "POST /crm/extensions/cards-dev/2026-03/1234 -> 201",
        "POST /crm/extensions/cards-dev/2026-03/1234 -> 201",
        "GET /crm/extensions/cards-dev/2026-03/1234 -> 200",
        "POST " + MIGRATE + " -> 200");
    assertThat(migrations()).singleElement().satisfies(e -> {
      assertThat(e.authorization()).isEqualTo("Bearer " + TOKEN);
      assertThat(e.rawQuery()).isNull();
      assertThat(e.body()).isEqualTo(
          "{\"legacyCrmCardId\":101,\"appCardId\":9001,\"helpdeskAppCardId\":9002,\"allowDuplicateAppCardIds\":true}");
    });
  }

  @Test
  void anIdNoHubSpotObjectCanHaveIsAUsageErrorBeforeAnyCall() {
    int calls = api.log().size();
    Map<List<String>, String> cases = Map.of(
        List.of("--legacy-card-id", "0"), "--legacy-card-id must be a HubSpot id, a whole number above 0, got 0",
        List.of("--legacy-card", " "), "--legacy-card must be the legacy card's title, got \" \"",
        List.of("--legacy-card-id", "100", "--helpdesk-app-card-id", "-2"),
        "--helpdesk-app-card-id must be a HubSpot id, a whole number above 0, got -2");
    cases.forEach((extra, message) -> {
      CliRun run = migrateViews(WITH_KEY, extra.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains(message);
    });
    CliRun badApp = CliRun.run(WITH_KEY, "migrate-views", "--app-id", "-5", "--api-base", api.base(),
        "--app-card-id", "9001", "--legacy-card-id", "100");
    assertThat(badApp.err()).contains("--app-id must be a HubSpot id, a whole number above 0, got -5");
    CliRun badCard = CliRun.run(WITH_KEY, "migrate-views", "--app-id", "1234", "--api-base", api.base(),
        "--app-card-id", "0", "--legacy-card-id", "100");
    assertThat(badCard.err()).contains("--app-card-id must be a HubSpot id, a whole number above 0, got 0");
    assertThat(api.log()).hasSize(calls);
  }

  @Test
  void anUnknownOrAmbiguousTitleIsAUsageErrorAndNothingIsSwapped() throws Exception {
    CliRun unknown = migrateViews(WITH_KEY, "--legacy-card", "Bugs");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains(
        "app 1234 has no legacy card titled \"Bugs\"; its cards: [\"New CRM Card\" (id 100), \"Orders\" (id 101)]");
    assertThat(migrations()).isEmpty();
  }

  @Test
  void exactlyOneWayOfNamingTheLegacyCard() {
    CliRun both = migrateViews(WITH_KEY, "--legacy-card-id", "100", "--legacy-card", "Orders");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    CliRun neither = migrateViews(WITH_KEY);
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("Missing required argument");
    assertThat(migrations()).isEmpty();
  }

  @Test
  void rejectedCredentialsAreExplainedWithoutBeingPrinted() {
    CliRun key = migrateViews(Map.of("HUBSPOT_DEVELOPER_API_KEY", "wrong-key-123"), "--legacy-card-id", "100");
    assertThat(key.exitCode()).isEqualTo(1);
    assertThat(key.err())
        .contains("HubSpot answered 401 Unauthorized to swap the views of legacy card 100 for app card 9001 in app 1234:"
            + " the developer API key in HUBSPOT_DEVELOPER_API_KEY was not accepted")
        .doesNotContain("wrong-key-123");
    assertThat(key.out()).doesNotContain("wrong-key-123");

    api.forbid(true);
    CliRun forbidden = migrateViews(WITH_KEY, "--legacy-card-id", "100");
    assertThat(forbidden.exitCode()).isEqualTo(1);
    assertThat(forbidden.err())
        .contains("HubSpot answered 403 Forbidden to swap the views of legacy card 100 for app card 9001 in app 1234:"
            + " the credential in HUBSPOT_DEVELOPER_API_KEY may not do this.")
        .doesNotContain(KEY);
  }

  @Test
  void rateLimitsAndServerErrorsAreRetriedAsDeployRetriesThem() {
    api.failNext(429, 2).failNext(502, 0);
    CliRun run = migrateViews(WITH_KEY, "--legacy-card-id", "100");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(run.err())
        .contains("POST " + api.base() + MIGRATE + " was rate limited (429); retrying in 2 s (attempt 2 of 5)")
        .contains("POST " + api.base() + MIGRATE + " answered 502; retrying in 2 s (attempt 3 of 5)")
        .doesNotContain(KEY);
    assertThat(migrations()).hasSize(3);

    for (int i = 0; i < 5; i++) {
      api.failNext(503, 0);
    }
    CliRun down = migrateViews(WITH_KEY, "--legacy-card-id", "100");
    assertThat(down.exitCode()).isEqualTo(1);
    assertThat(down.err()).contains("HubSpot answered 503 to swap the views of legacy card 100 for app card 9001 in app 1234.");
  }

  @Test
  void aLegacyCardHubSpotDoesNotKnowIsHubSpotsRefusal() {
    CliRun run = migrateViews(WITH_KEY, "--legacy-card-id", "999");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("HubSpot answered 404 to swap the views of legacy card 999 for app card 9001 in app 1234."
        + " HubSpot said: No legacy CRM card 999");
  }
}

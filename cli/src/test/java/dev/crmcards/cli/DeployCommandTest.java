package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.cli.support.StandInCardsApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployCommandTest {
  private static final int APP = 1234;
  private static final String KEY = "dev-key-0f9e8d7c";
  private static final String TOKEN = "pat-na1-11112222";
  private static final Map<String, String> WITH_KEY = Map.of("HUBSPOT_DEVELOPER_API_KEY", KEY);

  @TempDir Path dir;
  private StandInCardsApi api;
  private Path definitions;

  @BeforeEach
  void start() throws Exception {
    api = StandInCardsApi.start(APP, KEY, TOKEN);
    definitions = Files.createDirectories(dir.resolve("cards"));
    Files.write(definitions.resolve("bug-tracker.json"), Fixtures.exampleCard().bytes());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private CliRun deploy(Map<String, String> environment, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of(
        "deploy", "--definitions", definitions.toString(), "--app-id", Integer.toString(APP), "--api-base", api.base()));
    args.addAll(List.of(extra));
    return CliRun.run(environment, args.toArray(String[]::new));
  }

  @Test
  void deployingTwiceCreatesOnceThenLeavesAloneThenUpdates() throws Exception {
    CliRun first = deploy(WITH_KEY);
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.outLines()).containsExactly("created            bug-tracker \"New CRM Card\" (id 100)");
    assertThat(api.cards()).hasSize(1);
    JsonNode stored = api.cards().get(0);
    assertThat(stored.path("title").asText()).isEqualTo("New CRM Card");
    assertThat(stored.path("display")).isEqualTo(Fixtures.exampleCard().json().path("display"));
    // The dated paths require fetch.cardType of a new card; the definition need not say it.
    assertThat(Fixtures.exampleCard().json().at("/fetch/cardType").isMissingNode()).isTrue();
    assertThat(api.exchanges()).filteredOn(e -> e.method().equals("POST"))
        .singleElement()
        .satisfies(e -> assertThat(Json.MAPPER.readTree(e.body()).at("/fetch/cardType").asText()).isEqualTo("EXTERNAL"));

    CliRun second = deploy(WITH_KEY);
    assertThat(second.exitCode()).isZero();
    assertThat(second.outLines()).containsExactly("unchanged          bug-tracker \"New CRM Card\" (id 100)");

    ObjectNode changed = Fixtures.exampleCard().json().deepCopy();
    ((ObjectNode) changed.path("actions")).putArray("baseUrls").add("https://example.com").add("https://bugs.example.com");
    Fixtures.write(definitions.resolve("bug-tracker.json"), Json.pretty(changed));
    CliRun third = deploy(WITH_KEY);
    assertThat(third.outLines())
        .containsExactly("updated            bug-tracker \"New CRM Card\" (id 100: actions.baseUrls differ)");

    assertThat(api.cards()).hasSize(1);
    assertThat(api.cards().get(0).at("/actions/baseUrls")).hasSize(2);
    assertThat(api.writes()).containsExactly(
        "POST /crm/extensions/cards-dev/2026-03/1234 -> 201",
        "PATCH /crm/extensions/cards-dev/2026-03/1234/100 -> 200");
  }

  @Test
  void theV3PathsAreKeptBehindAnOption() {
    CliRun run = deploy(WITH_KEY, "--api-version", "v3");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.log()).containsExactly(
        "GET /crm/v3/extensions/cards-dev/1234 -> 200",
        "POST /crm/v3/extensions/cards-dev/1234 -> 201");

    CliRun unknown = deploy(WITH_KEY, "--api-version", "v4");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown API version 'v4'; use 2026-03 (the default) or v3");
  }

  @Test
  void whatTheCardsApiWouldRefuseIsListedAndNothingIsSent() {
    ObjectNode broken = Fixtures.exampleCard().json().deepCopy();
    broken.remove("actions");
    broken.put("title", "");
    Fixtures.write(definitions.resolve("bug-tracker.json"), Json.pretty(broken));
    CliRun run = deploy(WITH_KEY);
    assertThat(run.exitCode()).isEqualTo(1);
    String file = definitions.resolve("bug-tracker.json").toString();
    assertThat(run.outLines())
        .containsExactly(
            file + " $.title: [cards-api, converter, old-converter] must be a non-empty string, got string \"\"",
            file + " $.actions: [cards-api] the cards API requires actions (with baseUrls, which may be empty)");
    assertThat(run.err()).contains("HubSpot's cards API would refuse this; nothing was sent.");
    assertThat(api.writes()).isEmpty();
  }

  @Test
  void aDryRunWritesNothing() {
    CliRun plan = deploy(WITH_KEY, "--dry-run");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.outLines()).containsExactly("would create       bug-tracker \"New CRM Card\"");
    assertThat(plan.err()).contains("Dry run: nothing was changed in app 1234.");
    assertThat(api.writes()).isEmpty();
    assertThat(api.cards()).isEmpty();

    deploy(WITH_KEY);
    ObjectNode changed = Fixtures.exampleCard().json().deepCopy();
    changed.put("title", "New CRM Card");
    ((ObjectNode) changed.at("/display/properties/0")).put("label", "Opened");
    Fixtures.write(definitions.resolve("bug-tracker.json"), Json.pretty(changed));
    CliRun update = deploy(WITH_KEY, "--dry-run");
    assertThat(update.outLines())
        .containsExactly("would update       bug-tracker \"New CRM Card\" (id 100: display.properties differ)");
    assertThat(api.writes()).hasSize(1);
  }

  @Test
  void aBearerTokenWorksToo() {
    CliRun run = deploy(Map.of("HUBSPOT_ACCESS_TOKEN", TOKEN));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.cards()).hasSize(1);
  }

  @Test
  void rejectedCredentialsAreExplainedWithoutBeingPrinted() {
    CliRun key = deploy(Map.of("HUBSPOT_DEVELOPER_API_KEY", "wrong-key-123"));
    assertThat(key.exitCode()).isEqualTo(1);
    assertThat(key.err())
        .contains("HubSpot answered 401 Unauthorized to list the cards of app 1234: the developer API key in"
            + " HUBSPOT_DEVELOPER_API_KEY was not accepted")
        .contains("HubSpot said: Authentication credentials not found.")
        .doesNotContain("wrong-key-123");
    assertThat(key.out()).doesNotContain("wrong-key-123");

    CliRun token = deploy(Map.of("HUBSPOT_ACCESS_TOKEN", "pat-expired"));
    assertThat(token.exitCode()).isEqualTo(1);
    assertThat(token.err()).contains("the access token in HUBSPOT_ACCESS_TOKEN was not accepted (expired, revoked or mistyped)")
        .doesNotContain("pat-expired");

    api.forbid(true);
    CliRun forbidden = deploy(WITH_KEY);
    assertThat(forbidden.exitCode()).isEqualTo(1);
    assertThat(forbidden.err())
        .contains("HubSpot answered 403 Forbidden to list the cards of app 1234: the credential in"
            + " HUBSPOT_DEVELOPER_API_KEY may not do this. It needs the developers-read scope (or private-apps-read)")
        .doesNotContain(KEY);
  }

  @Test
  void noCredentialsIsAUsageError() {
    CliRun run = deploy(Map.of());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no HubSpot credentials: set HUBSPOT_DEVELOPER_API_KEY");
    assertThat(api.log()).isEmpty();
  }

  @Test
  void aCredentialFarTooShortIsRefusedBeforeAnyCall() {
    int calls = api.log().size();
    CliRun run = deploy(Map.of("HUBSPOT_ACCESS_TOKEN", "t"));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("crmcards deploy: HUBSPOT_ACCESS_TOKEN holds 1 character; HubSpot's keys and"
        + " tokens are much longer: copy it again" + System.lineSeparator());
    assertThat(api.log()).hasSize(calls);
  }

  @Test
  void aCredentialWithACharacterNoCredentialHasIsRefusedWithoutBeingPrinted() {
    for (String pasted : new String[] {"pat-na1-abc\ndef", "pat-na1-abc\u200bdef", "pat na1"}) {
      CliRun run = deploy(Map.of("HUBSPOT_ACCESS_TOKEN", pasted));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("crmcards deploy: HUBSPOT_ACCESS_TOKEN holds a character no HubSpot credential"
          + " has (a space, a line break or one beyond ASCII, as copying can add); copy it again\n");
    }
    assertThat(api.log()).isEmpty();
  }

  @Test
  void anApiBaseInTheClearIsRefusedUnlessOnThisMachine() {
    CliRun run = CliRun.run(WITH_KEY, "deploy", "--definitions", definitions.toString(), "--app-id", "1234",
        "--api-base", "http://api.hubapi.com");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("crmcards deploy: --api-base must use https, since every call carries"
        + " HUBSPOT_DEVELOPER_API_KEY; plain http only for a server on this machine, got http://api.hubapi.com\n");
    assertThat(api.log()).isEmpty();
  }

  @Test
  void rateLimitsAreWaitedOutAsHubSpotAsks() {
    api.failNext(429, 1);
    CliRun run = deploy(WITH_KEY);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("was rate limited (429); retrying in 1 s (attempt 2 of 5)");
    assertThat(run.waits()).containsExactly(java.time.Duration.ofSeconds(1));
    assertThat(api.cards()).hasSize(1);
  }

  @Test
  void serverErrorsAreRetriedAfterOneTwoFourAndEightSeconds() {
    for (int i = 0; i < 5; i++) {
      api.failNext(503, 0);
    }
    CliRun run = deploy(WITH_KEY);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("HubSpot answered 503 to list the cards of app 1234. HubSpot said: Service unavailable");
    assertThat(run.waits()).containsExactly(
        java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(4),
        java.time.Duration.ofSeconds(8));
  }

  @Test
  void anUnreachableApiIsAUsageErrorWithoutRetries() {
    String base = api.base();
    api.close();
    CliRun run = CliRun.run(WITH_KEY, "deploy", "--definitions", definitions.toString(), "--app-id", "1234",
        "--api-base", base);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("crmcards deploy: cannot connect to " + base + " (check --api-base)\n");
  }

  @Test
  void titlesMustBeUniqueLocally() throws Exception {
    Files.write(definitions.resolve("copy.json"), Fixtures.exampleCard().bytes());
    CliRun run = deploy(WITH_KEY);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cards 'bug-tracker' and 'copy' have the same title \"New CRM Card\"");
  }
}

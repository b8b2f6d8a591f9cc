package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.cli.support.Recorded;
import dev.crmcards.cli.support.StandInCardServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;
  private StandInCardServer server;
  private Path definition;

  @BeforeEach
  void start() throws Exception {
    server = StandInCardServer.start(Fixtures.SECRET);
    definition = Fixtures.exampleDefinitionFile(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun check(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("check", "--definition", definition.toString(), "--url", server.fetchUrl(), "--secret", Fixtures.SECRET));
    args.addAll(List.of(extra));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void aConformingServerPasses() {
    CliRun run = check();
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("-> HTTP 200 in ").contains("2 objects: no problems");
  }

  @Test
  void sendsTheDataFetchHubSpotSendsSignedBothWays() throws Exception {
    assertThat(check().exitCode()).isZero();
    Recorded fetch = server.await("GET", StandInCardServer.FETCH_PATH, Duration.ofSeconds(5));
    assertThat(fetch.v2()).isEqualTo("valid");
    assertThat(fetch.v3()).isEqualTo("valid");
    assertThat(fetch.header("X-HubSpot-Signature-Version")).isEqualTo("v2");
    assertThat(fetch.header("X-HubSpot-Request-Timestamp")).matches("\\d{13}");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("userId", "12345");
    expected.put("userEmail", "loggedinuser@hubspot.com");
    expected.put("associatedObjectId", "53701");
    expected.put("associatedObjectType", "CONTACT");
    expected.put("portalId", "987654");
    expected.put("firstname", "Tim");
    expected.put("email", "timrobinson@itysl.com");
    expected.put("lastname", "Robinson");
    assertThat(fetch.query()).containsExactlyEntriesOf(expected);
    assertThat(fetch.url()).contains("userEmail=loggedinuser%40hubspot.com");
  }

  @Test
  void propertiesOverrideSamplesAndDefaults() throws Exception {
    CliRun run = check("--property", "firstname=Ada", "--property", "portalId=42", "--property", "appId=7",
        "--object-type", "CONTACT");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Map<String, String> query = server.await("GET", StandInCardServer.FETCH_PATH, Duration.ofSeconds(5)).query();
    assertThat(query).containsEntry("firstname", "Ada").containsEntry("portalId", "42");
    assertThat(query).as("only what the card asks for is sent").doesNotContainKey("appId");
  }

  @Test
  void signsOnlyTheChosenVersion() throws Exception {
    assertThat(check("--signature", "v2").exitCode()).isZero();
    assertThat(check("--signature", "V3").exitCode()).isZero();
    List<Recorded> fetches = server.requests();
    assertThat(fetches.get(0).v2()).isEqualTo("valid");
    assertThat(fetches.get(0).v3()).isEqualTo("missing");
    assertThat(fetches.get(1).v2()).isEqualTo("missing");
    assertThat(fetches.get(1).v3()).isEqualTo("valid");
  }

  @Test
  void aWrongSecretIsCaughtByTheServerAndReported() throws Exception {
    server.fetchResponse(401, "application/json", "{\"message\": \"bad signature\"}");
    CliRun run = CliRun.run("check", "--definition", definition.toString(), "--url", server.fetchUrl(),
        "--secret", "another-secret");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            "$: [legacy, converter, old-converter, app-card] HTTP 401, but HubSpot shows the card only for 200 (the server said"
                + " \"bad signature\")",
            "$: [hubspot-fetch, app-card] warning: HTTP 401 reaches an app card only inside HubSpot's proxy"
                + " envelope ({\"status\": \"error\", \"category\": \"BAD_GATEWAY\", ..., \"responseBody\":"
                + " <this body>}): hubspot.fetch replaces every 3xx-5xx answer, so the card must read the"
                + " server's message from responseBody");
    assertThat(server.requests().get(0).v3()).contains("matches none");
    assertThat(run.err()).contains(
        "The server refused the signature HubSpot makes, for https://www.example.com/demo-fetch. Check the secret.");
  }

  @Test
  void playsHubSpotExactlySigningTheTargetUrlWhileSendingToTheServer() throws Exception {
    CliRun run = check();
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Recorded fetch = server.await("GET", StandInCardServer.FETCH_PATH, Duration.ofSeconds(5));
    assertThat(fetch.url()).startsWith(server.fetchUrl() + "?");
    assertThat(fetch.v2()).isEqualTo("valid");
    assertThat(fetch.v3()).isEqualTo("valid");
    assertThat(run.err()).contains(
        "GET " + server.fetchUrl() + " (contacts, signed v2+v3 for https://www.example.com/demo-fetch as HubSpot) -> HTTP 200");
  }

  @Test
  void anOriginAloneSendsTheFetchToTheTargetUrlsPath() throws Exception {
    CliRun run = CliRun.run("check", "--definitions", definition.toString(), "--url", server.origin(),
        "--secret", Fixtures.SECRET);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(server.await("GET", StandInCardServer.FETCH_PATH, Duration.ofSeconds(5)).v3()).isEqualTo("valid");
  }

  @Test
  void localProxySignsTheUrlCalledExactlyAsSent() throws Exception {
    server.expectLocalProxy();
    CliRun run = check("--local-proxy");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Recorded fetch = server.await("GET", StandInCardServer.FETCH_PATH, Duration.ofSeconds(5));
    assertThat(fetch.url()).contains("userEmail=loggedinuser%40hubspot.com");
    assertThat(fetch.v2()).isEqualTo("valid");
    assertThat(fetch.v3()).isEqualTo("valid");
    assertThat(run.err()).contains("signed v2+v3 for " + server.fetchUrl() + " as hs project dev's local proxy");

    // A server that expects HubSpot's signature refuses the local proxy's, and is told why.
    StandInCardServer strict = StandInCardServer.start(Fixtures.SECRET);
    try (strict) {
      strict.fetchResponse(401, "application/json", "{\"message\": \"missing or invalid signature\"}");
      CliRun refused = CliRun.run("check", "--definitions", definition.toString(), "--url", strict.fetchUrl(),
          "--secret", Fixtures.SECRET, "--local-proxy");
      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(strict.requests().get(0).v3()).contains("matches none");
      assertThat(refused.err()).contains("CardSettings.Builder.acceptLocalProxy(true)");
    }
  }

  @Test
  void anErrorAnswerIsFlaggedAsReachingTheCardOnlyInsideTheProxyEnvelope() {
    server.fetchResponse(503, "application/json", "{\"message\": \"try later\"}");
    CliRun run = check("--client", "app-card");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0))
        .startsWith("$: [legacy, converter, old-converter, app-card] HTTP 503, but HubSpot shows the card only for 200");
    assertThat(run.outLines().get(1))
        .startsWith("$: [hubspot-fetch, app-card] warning: HTTP 503 reaches an app card only inside HubSpot's proxy envelope");
  }

  @Test
  void problemsArePrintedOnePerLine() {
    server.fetchBody(
        Fixtures.seedResponse()
            .replace("\"2016-08-04\"", "\"2016/08/04\"")
            .replace("\"objectId\": 245", "\"objectId\": \"245\""));
    CliRun run = check();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            "$.results[0].objectId: [legacy, converter, old-converter, app-card] must be a JSON number, got string \"245\"",
            "$.results[1].created: [legacy, converter, old-converter, app-card] DATE must be yyyy-mm-dd, got \"2016/08/04\"");
    assertThat(run.err()).contains("2 problems");
  }

  @Test
  void anActionOnALookAlikeHostIsReported() {
    server.fetchBody(
        Fixtures.seedResponse()
            .replace("https://example.com/tickets/245/resolve", "https://example.com.evil.org/tickets/245/resolve"));
    CliRun run = check();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            "$.results[0].actions[2].uri: [legacy, converter, old-converter, app-card] string"
                + " \"https://example.com.evil.org/tickets/245/resolve\" is not under the card's base URLs: HubSpot"
                + " requires an action URI to have the protocol and host of one of the card's base URLs"
                + " [https://example.com] (a matching text prefix is not enough: the host differs); legacy cards do not"
                + " display the card and the converter and crmcards' card UI refuse the action: put the URI under one of"
                + " them, or add its origin to actions.baseUrls");
  }

  @Test
  void whatHubSpotSendsOnTheSameHostPasses() {
    server.fetchBody(
        Fixtures.seedResponse()
            .replace("https://example.com/tickets/245/resolve", "https://EXAMPLE.com/other/path/245"));
    CliRun run = check();
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void clientNarrowsTheReport() {
    server.fetchBody(
        Fixtures.seedResponse()
            .replace(
                "\"STRING\",\n          \"value\": \"Referred", "\"STATUS\",\n          \"value\": \"Referred"));
    CliRun appCard = check();
    assertThat(appCard.exitCode()).as(appCard.toString()).isZero();
    assertThat(appCard.outLines()).isEmpty();
    CliRun all = check("--client", "all");
    assertThat(all.exitCode()).isEqualTo(1);
    assertThat(all.outLines()).anyMatch(line -> line.contains("[converter, old-converter] warning: HubSpot's"
        + " legacy-card converter renders this as \"Invalid property\": without an optionType"));
    assertThat(all.outLines()).anyMatch(line -> line.contains("[legacy] STATUS needs an optionType"));

    CliRun converter = check("--client", "converter");
    assertThat(converter.outLines()).noneMatch(line -> line.contains("[legacy]"));
    assertThat(converter.outLines()).anyMatch(line -> line.contains("renders this as \"Invalid property\""));
    CliRun legacy = check("--client", "legacy");
    assertThat(legacy.outLines()).noneMatch(line -> line.contains("[converter, old-converter]"));

    CliRun unknown = check("--client", "sidebar");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("unknown --client 'sidebar'; use one of [cards-api, legacy, converter, old-converter, hubspot-fetch,");
  }

  @Test
  void aPerObjectStatusWithItsOptionTypeConcernsOnlyOldCopiesOfTheConverter() {
    server.fetchBody(
        Fixtures.seedResponse()
            .replace(
                "\"STRING\",\n          \"value\": \"Referred",
                "\"STATUS\",\n          \"optionType\": \"INFO\",\n          \"value\": \"Referred"));
    CliRun all = check("--client", "all");
    assertThat(all.exitCode()).isEqualTo(1);
    assertThat(all.outLines())
        .singleElement()
        .asString()
        .startsWith("$.results[1].properties[1].value: [old-converter] warning: copies of HubSpot's legacy-card"
            + " converter taken before its 2026-08 fix render this as \"Invalid property\"");
    CliRun fixed = check("--client", "legacy,converter,app-card");
    assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
    assertThat(fixed.outLines()).isEmpty();
  }

  @Test
  void definitionsNamesAFileADirectoryOrAJarLikeInEveryCommand() {
    CliRun file = CliRun.run(
        "check", "--definitions", definition.toString(), "--url", server.fetchUrl(), "--secret", Fixtures.SECRET);
    assertThat(file.exitCode()).as(file.toString()).isZero();
    CliRun directory = CliRun.run(
        "check", "--definitions", dir.toString(), "--card", "bug-tracker", "--url", server.fetchUrl(),
        "--secret", Fixtures.SECRET);
    assertThat(directory.exitCode()).as(directory.toString()).isZero();
    CliRun none = CliRun.run("check", "--url", server.fetchUrl(), "--secret", Fixtures.SECRET);
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--definitions");
  }

  @Test
  void aFirstObjectTypeTheCardSpellsAsNoDefinitionNameIsRefusedAsNotShown() {
    String card = new String(Fixtures.exampleCard().bytes(), java.nio.charset.StandardCharsets.UTF_8);
    String spelled = card.replaceFirst("\"name\"\\s*:\\s*\"contacts\"", "\"name\": \"CONTACT\"");
    assertThat(spelled).isNotEqualTo(card);
    Fixtures.write(definition, spelled);
    CliRun run = check();
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("card 'bug-tracker' does not show on contacts; it shows on [CONTACT]");
  }

  @Test
  void whatTheClientsMakeOfTheDefinitionIsReportedToo() throws Exception {
    String card = new String(Fixtures.exampleCard().bytes(), java.nio.charset.StandardCharsets.UTF_8);
    Fixtures.write(
        definition,
        card.replace("\"actions\": {\n    \"baseUrls\": [\n      \"https://example.com\"\n    ]\n  }", "\"actions\": {}"));
    CliRun run = check("--client", "converter");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .contains(definition + " $.actions.baseUrls: [cards-api, converter, old-converter] must be an array of URLs, got nothing")
        .anyMatch(line -> line.contains("the card defines no actions.baseUrls, so HubSpot accepts no action URI"));
  }

  @Test
  void notJsonIsAProblem() {
    server.fetchResponse(200, "text/html", "<html>oops</html>");
    CliRun run = check("--client", "all");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).isEqualTo("$: [legacy, converter, old-converter] warning: Content-Type is \"text/html\"; send application/json");
    assertThat(run.outLines().get(1))
        .isEqualTo("$: [legacy, converter, old-converter, app-card] the body is not JSON: unexpected '<', expected a value (line 1, column 1)")
        .endsWith("(line 1, column 1)");
  }

  @Test
  void slowAnswersBreakHubSpotsLimit() {
    server.fetchDelay(Duration.ofMillis(5200));
    CliRun run = check();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .singleElement()
        .asString()
        .matches("\\$: \\[legacy, converter, old-converter, app-card\\] the response took \\d+\\.\\d s; HubSpot gives up after 5 s");
  }

  @Test
  void usageAndIoErrorsExitWithTwo() throws Exception {
    CliRun missing = CliRun.run("check", "--definition", dir.resolve("nope.json").toString(), "--url",
        server.fetchUrl(), "--secret", "s");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json does not exist");

    CliRun noUrl = CliRun.run("check", "--definition", definition.toString());
    assertThat(noUrl.exitCode()).isEqualTo(2);
    assertThat(noUrl.err()).contains("Missing required option: '--url=URL'");

    CliRun noDefinitions = CliRun.run("check", "--url", server.fetchUrl(), "--secret", "s");
    assertThat(noDefinitions.exitCode()).isEqualTo(2);
    assertThat(noDefinitions.err())
        .contains("Missing required argument (specify one of these): (--definitions=FILE|DIR|JAR)")
        .contains("Usage: crmcards check")
        .doesNotContain("[--definitions");

    CliRun bothSpellings = CliRun.run("check", "--definition", definition.toString(), "--definitions",
        definition.toString(), "--url", server.fetchUrl(), "--secret", "s");
    assertThat(bothSpellings.exitCode()).isEqualTo(2);
    assertThat(bothSpellings.err()).contains("are mutually exclusive");

    CliRun badType = check("--object-type", "tickets");
    assertThat(badType.exitCode()).isEqualTo(2);
    assertThat(badType.err()).contains("card 'bug-tracker' does not show on tickets; it shows on [contacts]");

    CliRun badSignature = check("--signature", "v4");
    assertThat(badSignature.exitCode()).isEqualTo(2);

    CliRun noSecret = CliRun.run("check", "--definition", definition.toString(), "--url", server.fetchUrl());
    assertThat(noSecret.exitCode()).isEqualTo(2);
    assertThat(noSecret.err()).contains("no client secret: pass --secret or set HUBSPOT_CLIENT_SECRET");

    String closed = server.fetchUrl();
    server.close();
    CliRun down = CliRun.run("check", "--definition", definition.toString(), "--url", closed, "--secret", "s");
    assertThat(down.exitCode()).isEqualTo(2);
    assertThat(down.err()).contains("cannot connect to " + closed);
  }

  @Test
  void theSecretMayComeFromTheEnvironment() throws Exception {
    CliRun run = CliRun.run(Map.of("HUBSPOT_CLIENT_SECRET", Fixtures.SECRET),
        "check", "--definition", definition.toString(), "--url", server.fetchUrl());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(server.requests().get(0).v3()).isEqualTo("valid");
  }
}

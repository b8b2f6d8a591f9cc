package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.examples.ExampleServer;
import dev.crmcards.servlet.CardSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} against the real example card server (generated servlet on Jetty), set up as the
 * README's first command runs it: no public base URL, so the server verifies signatures for the
 * URLs the card declares, as HubSpot signs them.
 */
class CheckAgainstExampleServerTest {
  private static final String SECRET = "cli-example-secret";
  @TempDir Path dir;
  private ExampleServer server;
  private Path definition;

  @BeforeEach
  void start() throws Exception {
    server = ExampleServer.start(0, CardSettings.builder().clientSecret(SECRET).build());
    definition = Fixtures.exampleDefinitionFile(dir);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  private CliRun check(String secret, String... more) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
        "check", "--definitions", definition.toString(),
        "--url", "http://127.0.0.1:" + server.port() + "/demo-fetch", "--secret", secret));
    args.addAll(java.util.List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void theExampleCardPassesEveryRuleOfCrmcardsAppCardSignedAsHubSpotSigns() {
    for (String signature : new String[] {"v3", "both"}) {
      CliRun run = check(SECRET, "--signature", signature, "--client", "app-card");
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).as(run.toString()).isEmpty();
      assertThat(run.err()).contains("-> HTTP 200 in ");
    }
  }

  /** The example server keeps the default: v3 required, so v2 alone is refused and said why. */
  @Test
  void v2AloneIsRefusedAndTheHintSaysV3IsRequired() {
    CliRun run = check(SECRET, "--signature", "v2", "--client", "app-card");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("-> HTTP 401 in ")
        .contains("The server refused a request signed v2 alone")
        .contains("requireV3(false)")
        .contains("Check with --signature both");
  }

  /** By default check judges for an app card's clients, as the README's command does. */
  @Test
  void theExampleCardPassesAsTheReadmeChecksIt() {
    CliRun run = check(SECRET);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).isEmpty();
  }

  /** Its forms are crmcards' own: asked for every client, those that cannot open them are told. */
  @Test
  void theExampleCardsFormsAreFlaggedForLegacyCardsAndTheConverter() {
    CliRun run = check(SECRET, "--client", "all");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out().lines().toList()).as(run.toString()).containsExactly(
        "$.results[0].actions[4].type: [legacy, converter, old-converter] FORM is crmcards' own action: legacy cards"
            + " and HubSpot's legacy-card converter cannot open it; only crmcards' app card shows its form",
        "$.secondaryActions[0].type: [legacy, converter, old-converter] FORM is crmcards' own action: legacy cards"
            + " and HubSpot's legacy-card converter cannot open it; only crmcards' app card shows its form");
  }

  @Test
  void theOrdersTableFromTheExamplesBuildPassesAskedForItsFirstPage() {
    CliRun run =
        CliRun.run(
            "check", "--definitions", Fixtures.exampleDefinitions().toString(), "--card", "orders",
            "--url", "http://127.0.0.1:" + server.port() + "/orders", "--secret", SECRET);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).doesNotContain("error").doesNotContain("warning");
    assertThat(run.err()).contains("-> HTTP 200 in ").contains("10 objects");
  }

  /** The orders' per-order form is crmcards' own: asked for every client, each row's is flagged. */
  @Test
  void theOrdersFormIsFlaggedAtEachRowForLegacyCards() {
    CliRun run =
        CliRun.run(
            "check", "--definitions", Fixtures.exampleDefinitions().toString(), "--card", "orders",
            "--url", "http://127.0.0.1:" + server.port() + "/orders", "--secret", SECRET,
            "--client", "all");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out().lines().toList()).as(run.toString()).hasSize(10).allMatch(line -> line.matches(
        "\\$\\.results\\[\\d]\\.actions\\[1]\\.type: \\[legacy, converter, old-converter] FORM is crmcards' own action.*"));
  }

  @Test
  void theReadmesOrdersCheckPassesOnItsSecondPageSorted() {
    CliRun run =
        CliRun.run(
            "check", "--definitions", Fixtures.exampleDefinitions().toString(), "--card", "orders",
            "--url", "http://127.0.0.1:" + server.port() + "/orders", "--secret", SECRET,
            "--property", "page=2", "--property", "sort=-total");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).isEmpty();
  }

  @Test
  void aBadSortOfTheOrdersTableIsTheServersFourHundred() {
    CliRun run =
        CliRun.run(
            "check", "--definitions", Fixtures.exampleDefinitions().toString(), "--card", "orders",
            "--url", "http://127.0.0.1:" + server.port() + "/orders", "--secret", SECRET,
            "--property", "sort=customer");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("HTTP 400").contains("sort names a property this card cannot sort by");
  }

  @Test
  void aWrongSecretFails() {
    CliRun run = check("not-the-secret");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("401");
  }

  @Test
  void aServerThatDoesNotAcceptTheLocalProxyRefusesItsSignature() {
    CliRun run = check(SECRET, "--local-proxy");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("HTTP 401");
    assertThat(run.err()).contains("acceptLocalProxy(true)");
  }
}

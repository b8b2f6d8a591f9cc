package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.ConverterRules;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {
  @TempDir Path dir;

  private static JsonNode read(Path file) throws Exception {
    return Json.MAPPER.readTree(file.toFile());
  }

  /** A second card, on companies and tickets, with its own fetch origin and an action base with a path. */
  private Path definitionsWithTicketsCard() throws Exception {
    Path definitions = dir.resolve("definitions");
    Files.createDirectories(definitions);
    Files.write(definitions.resolve("bug-tracker.json"), Fixtures.exampleCard().bytes());
    ObjectNode orders = Fixtures.exampleCard().json().deepCopy();
    orders.put("title", "Open orders");
    ((ObjectNode) orders.path("fetch")).put("targetUrl", "https://orders.acme.io:8443/hubspot/orders?v=2");
    var types = ((ObjectNode) orders.path("fetch")).putArray("objectTypes");
    types.addObject().put("name", "companies").putArray("propertiesToSend").add("domain");
    types.addObject().put("name", "tickets").putArray("propertiesToSend");
    ((ObjectNode) orders.path("actions")).putArray("baseUrls").add("https://orders.acme.io/actions").add("https://example.com");
    Fixtures.write(definitions.resolve("open-orders.json"), Json.pretty(orders));
    return definitions;
  }

  @Test
  void writesTheConvertersProjectFilesWhereHubSpotLooks() throws Exception {
    Path out = dir.resolve("out");
    // The bug tracker alone: the examples' orders card is a TABLE, which the converter cannot show.
    Path definition = Fixtures.exampleDefinitionFile(dir);
    CliRun run = CliRun.run("migrate", "--definitions", definition.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("Now copy HubSpot's converter sources into src/app/cards/: take the converter from"
            + " HubSpot/ui-extensions-examples (folder legacy-card-converter) at main, or at any commit since PR #124"
            + " (merged on 2026-08-11);")
        .contains("copies taken before (such as commit 76d6691 of 2026-02-23) show a per-object STATUS");

    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/')).sorted())
          .containsExactly("crmcards-app.json", "hsproject.json", "src/app/app-hsmeta.json",
              "src/app/cards/BugTracker-hsmeta.json", "src/app/cards/definition/DEFINITION.json");
    }
    assertThat(Files.readAllBytes(out.resolve("src/app/cards/definition/DEFINITION.json")))
        .isEqualTo(Fixtures.exampleCard().bytes());
    JsonNode card = read(out.resolve("src/app/cards/BugTracker-hsmeta.json"));
    assertThat(card.at("/uid").asText()).isEqualTo("bug-tracker-card");
    assertThat(card.at("/type").asText()).isEqualTo("card");
    assertThat(card.at("/config/location").asText()).isEqualTo("crm.record.sidebar");
    assertThat(card.at("/config/entrypoint").asText()).isEqualTo("/app/cards/Converter.tsx");
    assertThat(strings(card.at("/config/objectTypes"))).containsExactly("contacts");

    JsonNode app = read(out.resolve("src/app/app-hsmeta.json"));
    assertThat(app.at("/type").asText()).isEqualTo("app");
    assertThat(app.at("/uid").asText()).isNotBlank();
    assertThat(app.at("/config/name").asText()).isEqualTo("New CRM Card");
    assertThat(app.at("/config/distribution").asText()).isEqualTo("private");
    assertThat(app.at("/config/auth/type").asText()).isEqualTo("static");
    assertThat(app.at("/config/support").isObject()).isTrue();
    assertThat(strings(app.at("/config/permittedUrls/fetch"))).containsExactly("https://example.com", "https://www.example.com");
    assertThat(strings(app.at("/config/permittedUrls/iframe"))).containsExactly("https://example.com");
    assertThat(strings(app.at("/config/auth/requiredScopes")))
        .containsExactly("crm.objects.contacts.read", "crm.objects.contacts.write", "oauth");
  }

  @Test
  void saysWhatOfEachCardsViewTheConverterDoesNotShow() throws Exception {
    // The examples: the bug tracker has forms; the orders card is a TABLE with a summary and a form.
    CliRun run = CliRun.run("migrate", "--definitions", Fixtures.exampleDefinitions().toString(),
        "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("note: HubSpot's converter shows card 'orders' as legacy tiles, without its table's pages,"
            + " sorting and search, its summary and its forms (views/orders.json); crmcards-cli app writes a"
            + " project whose card UI shows them.")
        .contains("note: HubSpot's converter shows card 'bug-tracker' as legacy tiles, without its forms"
            + " (views/bug-tracker.json)");
  }

  @Test
  void aViewThatIsNotJsonStopsItBeforeAnythingIsWritten() throws Exception {
    Path definitions = dir.resolve("definitions");
    Fixtures.write(definitions.resolve("orders.json"), Json.pretty(Fixtures.exampleCard().json()));
    Fixtures.write(definitions.resolve("views/orders.json"), "{\"layout\": ");
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("migrate", "--definitions", definitions.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("views/orders.json is not JSON");
    assertThat(out).doesNotExist();
  }

  @Test
  void ticketsGetAHelpdeskTwinAndTheirScopeAndEachCardItsOwnEntryPoint() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("migrate", "--definitions", definitionsWithTicketsCard().toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("make an entry point per card");

    Path cards = out.resolve("src/app/cards");
    JsonNode sidebar = read(cards.resolve("OpenOrders-hsmeta.json"));
    assertThat(sidebar.at("/uid").asText()).isEqualTo("open-orders-card");
    assertThat(sidebar.at("/config/entrypoint").asText()).isEqualTo("/app/cards/OpenOrdersConverter.tsx");
    assertThat(strings(sidebar.at("/config/objectTypes"))).containsExactly("companies", "tickets");
    JsonNode helpdesk = read(cards.resolve("OpenOrders-Helpdesk-hsmeta.json"));
    assertThat(helpdesk.at("/uid").asText()).isEqualTo("open-orders-helpdesk-card");
    assertThat(helpdesk.at("/type").asText()).isEqualTo("card");
    assertThat(helpdesk.at("/config/location").asText()).isEqualTo("helpdesk.sidebar");
    assertThat(strings(helpdesk.at("/config/objectTypes"))).containsExactly("tickets");
    assertThat(cards.resolve("BugTracker-Helpdesk-hsmeta.json")).doesNotExist();
    assertThat(cards.resolve("definition/open-orders/DEFINITION.json")).exists();
    assertThat(cards.resolve("definition/bug-tracker/DEFINITION.json")).exists();

    JsonNode app = read(out.resolve("src/app/app-hsmeta.json"));
    assertThat(strings(app.at("/config/permittedUrls/fetch")))
        .containsExactly("https://example.com", "https://orders.acme.io/actions", "https://orders.acme.io:8443",
            "https://www.example.com");
    assertThat(strings(app.at("/config/auth/requiredScopes")))
        .containsExactly("crm.objects.companies.read", "crm.objects.companies.write", "crm.objects.contacts.read",
            "crm.objects.contacts.write", "oauth", "tickets");
  }

  @Test
  void everyWrittenDefinitionMeetsTheConvertersRules() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliRun.run("migrate", "--definitions", definitionsWithTicketsCard().toString(), "--out", out.toString())
        .exitCode()).isZero();
    List<CardDefinition> written = new ArrayList<>();
    for (String name : List.of("bug-tracker", "open-orders")) {
      written.addAll(DefinitionLoader.load(out.resolve("src/app/cards/definition").resolve(name).resolve("DEFINITION.json")));
    }
    assertThat(written).hasSize(2).allSatisfy(card -> assertThat(ConverterRules.check(card)).isEmpty());
  }

  @Test
  void definitionsTheConverterRejectsAreListedAndNothingIsWritten() throws Exception {
    Path definitions = dir.resolve("definitions");
    ObjectNode local = Fixtures.exampleCard().json().deepCopy();
    ((ObjectNode) local.path("actions")).putArray("baseUrls").add("http://127.0.0.1:8080");
    Fixtures.write(definitions.resolve("local.json"), Json.pretty(local));
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("migrate", "--definitions", definitions.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(definitions.resolve("local.json") + " $.actions.baseUrls[0]: [converter, old-converter] must be on a domain name"
            + " (HubSpot's legacy-card converter rejects localhost and IP addresses), got string \"http://127.0.0.1:8080\"");
    assertThat(run.err()).contains("nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingDefinitionsAreAUsageError() {
    CliRun run = CliRun.run("migrate", "--definitions", dir.resolve("none").toString(), "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}

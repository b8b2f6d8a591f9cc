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
  void writesTheConvertersFilesForTheExampleCard() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("migrate", "--definitions", Fixtures.exampleDefinitions().toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();

    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/')).sorted())
          .containsExactly("app-hsmeta.json", "bug-tracker/BugTracker-hsmeta.json", "bug-tracker/DEFINITION.json");
    }
    assertThat(Files.readAllBytes(out.resolve("bug-tracker/DEFINITION.json"))).isEqualTo(Fixtures.exampleCard().bytes());
    assertThat(Files.readString(out.resolve("bug-tracker/BugTracker-hsmeta.json")))
        .isEqualTo(
            "{\n"
                + "  \"uid\": \"bug-tracker-card\",\n"
                + "  \"type\": \"card\",\n"
                + "  \"config\": {\n"
                + "    \"name\": \"New CRM Card\",\n"
                + "    \"location\": \"crm.record.sidebar\",\n"
                + "    \"entrypoint\": \"/app/cards/Converter.tsx\",\n"
                + "    \"objectTypes\": [\n"
                + "      \"contacts\"\n"
                + "    ]\n"
                + "  }\n"
                + "}\n");
    JsonNode app = read(out.resolve("app-hsmeta.json"));
    assertThat(app.at("/config/permittedUrls/fetch")).containsExactly(
        Json.MAPPER.getNodeFactory().textNode("https://example.com"),
        Json.MAPPER.getNodeFactory().textNode("https://www.example.com"));
    assertThat(strings(app.at("/config/auth/requiredScopes")))
        .containsExactly("crm.objects.contacts.read", "crm.objects.contacts.write");
  }

  @Test
  void ticketsGetAHelpdeskTwinAndTheirScope() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("migrate", "--definitions", definitionsWithTicketsCard().toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();

    JsonNode sidebar = read(out.resolve("open-orders/OpenOrders-hsmeta.json"));
    assertThat(sidebar.at("/uid").asText()).isEqualTo("open-orders-card");
    assertThat(strings(sidebar.at("/config/objectTypes"))).containsExactly("companies", "tickets");
    JsonNode helpdesk = read(out.resolve("open-orders/OpenOrders-Helpdesk-hsmeta.json"));
    assertThat(helpdesk.at("/uid").asText()).isEqualTo("open-orders-card-helpdesk");
    assertThat(helpdesk.at("/type").asText()).isEqualTo("card");
    assertThat(helpdesk.at("/config/name").asText()).isEqualTo("Open orders - Helpdesk");
    assertThat(helpdesk.at("/config/location").asText()).isEqualTo("helpdesk.sidebar");
    assertThat(strings(helpdesk.at("/config/objectTypes"))).containsExactly("tickets");
    assertThat(out.resolve("bug-tracker/BugTracker-Helpdesk-hsmeta.json")).doesNotExist();

    JsonNode app = read(out.resolve("app-hsmeta.json"));
    assertThat(strings(app.at("/config/permittedUrls/fetch")))
        .containsExactly("https://example.com", "https://orders.acme.io/actions", "https://orders.acme.io:8443",
            "https://www.example.com");
    assertThat(strings(app.at("/config/auth/requiredScopes")))
        .containsExactly("crm.objects.companies.read", "crm.objects.companies.write", "crm.objects.contacts.read",
            "crm.objects.contacts.write", "tickets");
  }

  @Test
  void everyWrittenDefinitionMeetsTheConvertersRules() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliRun.run("migrate", "--definitions", definitionsWithTicketsCard().toString(), "--out", out.toString())
        .exitCode()).isZero();
    List<CardDefinition> written = new ArrayList<>();
    for (String name : List.of("bug-tracker", "open-orders")) {
      written.addAll(DefinitionLoader.load(out.resolve(name).resolve("DEFINITION.json")));
    }
    assertThat(written).hasSize(2).allSatisfy(card -> assertThat(ConverterRules.check(card)).isEmpty());
    for (CardDefinition card : written) {
      JsonNode json = card.json();
      assertThat(json.path("title").asText()).isNotBlank();
      assertThat(json.at("/fetch/targetUrl").asText()).isNotBlank();
      assertThat(json.at("/fetch/objectTypes")).allSatisfy(type -> {
        assertThat(type.path("name").asText()).isIn("contacts", "companies", "deals", "tickets");
        assertThat(type.path("propertiesToSend").isArray()).isTrue();
      });
      assertThat(json.at("/display/properties")).isNotEmpty().allSatisfy(property ->
          assertThat(property.path("options").isEmpty() || property.path("dataType").asText().equals("STATUS")).isTrue());
      assertThat(json.at("/actions/baseUrls")).allSatisfy(url -> assertThat(url.asText()).matches("https?://[a-z0-9.-]+\\.[a-z]+(:\\d+)?(/.*)?"));
    }
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
        .containsExactly(definitions.resolve("local.json") + " $.actions.baseUrls[0]: [converter] must be on a domain name"
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

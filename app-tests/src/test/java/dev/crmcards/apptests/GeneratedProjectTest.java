package dev.crmcards.apptests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.CrmCardsCli;
import dev.crmcards.examples.bugtracker.BugReport;
import dev.crmcards.examples.bugtracker.Severity;
import dev.crmcards.examples.bugtracker.Tag;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project {@code crmcards-cli app} writes for the example build, checked with HubSpot's own
 * tools: its project parser, npm and TypeScript, and its test renderer against the running
 * example server.
 */
class GeneratedProjectTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLE_BUILD = NodeTools.REPOSITORY.resolve("examples/target/classes");
  private static final Path PROJECT = NodeTools.BUILD.resolve("hubspot-app");
  private static final Path CARDS = PROJECT.resolve("src/app/cards");

  @BeforeAll
  static void generate() throws IOException {
    NodeTools.requireNpm();
    NodeTools.installLocked(NodeTools.HARNESS);
    NodeTools.deleteTree(PROJECT);
    app("--definitions", EXAMPLE_BUILD.toString(), "--out", PROJECT.toString());
    // Against the npm registry, as a user would.
    NodeTools.run(CARDS, Map.of(), 600, "npm", "install", "--no-audit", "--no-fund").orFail();
  }

  @Test
  void theProjectFilesHoldWhatHubSpotDocuments() throws IOException {
    JsonNode project = read(PROJECT.resolve("hsproject.json"));
    assertThat(project.path("srcDir").asText()).isEqualTo("src");
    assertThat(project.path("platformVersion").asText()).isEqualTo("2026.03");
    assertThat(project.path("name").asText()).matches("[a-z0-9-]+");

    JsonNode app = read(PROJECT.resolve("src/app/app-hsmeta.json"));
    assertThat(app.path("type").asText()).isEqualTo("app");
    assertThat(app.path("uid").asText()).matches("[A-Za-z0-9._-]{1,64}");
    JsonNode config = app.path("config");
    // The examples hold two cards, the bug tracker and the orders table.
    assertThat(config.path("name").asText()).isEqualTo("CRM cards");
    assertThat(config.path("description").asText()).isNotBlank();
    assertThat(config.path("distribution").asText()).isEqualTo("private");
    assertThat(config.path("auth").path("type").asText()).isEqualTo("static");
    assertThat(texts(config.path("auth").path("requiredScopes")))
        .containsExactly(
            "crm.objects.companies.read", "crm.objects.companies.write", "crm.objects.contacts.read",
            "crm.objects.contacts.write", "oauth");
    assertThat(texts(config.path("permittedUrls").path("fetch")))
        .containsExactly("https://example.com", "https://www.example.com");
    assertThat(texts(config.path("permittedUrls").path("iframe")))
        .containsExactly("https://example.com", "https://www.example.com");
    assertThat(config.path("support").isObject()).isTrue();

    JsonNode card = read(CARDS.resolve("BugTracker-hsmeta.json"));
    assertThat(card.path("type").asText()).isEqualTo("card");
    assertThat(card.path("uid").asText()).isEqualTo("bug-tracker-card");
    assertThat(card.path("config").path("location").asText()).isEqualTo("crm.record.sidebar");
    assertThat(card.path("config").path("entrypoint").asText()).isEqualTo("/app/cards/BugTracker.tsx");
    assertThat(texts(card.path("config").path("objectTypes"))).containsExactly("contacts");
    assertThat(Files.exists(CARDS.resolve("BugTracker.tsx"))).isTrue();
    assertThat(Files.readAllBytes(CARDS.resolve("BugTracker.definition.json")))
        .isEqualTo(Files.readAllBytes(EXAMPLE_BUILD.resolve("META-INF/crmcards/bug-tracker.json")));
    // The bug tracker is tiles on the sidebar, but its forms come from its view: copied too.
    assertThat(Files.readAllBytes(CARDS.resolve("BugTracker.view.json")))
        .isEqualTo(Files.readAllBytes(EXAMPLE_BUILD.resolve("META-INF/crmcards/views/bug-tracker.json")));
    assertThat(Files.readAllBytes(CARDS.resolve("Orders.view.json")))
        .isEqualTo(Files.readAllBytes(EXAMPLE_BUILD.resolve("META-INF/crmcards/views/orders.json")));
    JsonNode tab = read(CARDS.resolve("Orders-Tab-hsmeta.json"));
    assertThat(tab.path("uid").asText()).isEqualTo("orders-tab-card");
    assertThat(tab.path("config").path("location").asText()).isEqualTo("crm.record.tab");
    assertThat(tab.path("config").path("entrypoint").asText()).isEqualTo("/app/cards/OrdersTab.tsx");
    assertThat(read(CARDS.resolve("Orders-hsmeta.json")).path("config").path("entrypoint").asText())
        .isEqualTo("/app/cards/Orders.tsx");
  }

  @Test
  void hubSpotsProjectParserFindsNoProblems() throws IOException {
    JsonNode report = parse(PROJECT);
    JsonNode components = report.path("components");
    assertThat(components.path("bug-tracker-card").path("type").asText()).isEqualTo("CARD");
    String appUid = read(PROJECT.resolve("src/app/app-hsmeta.json")).path("uid").asText();
    assertThat(components.path(appUid).path("type").asText()).isEqualTo("APPLICATION");
    assertThat(components.path("bug-tracker-card").path("dependencies").path("app").asText()).isEqualTo(appUid);
    assertThat(components.path("orders-card").path("type").asText()).isEqualTo("CARD");
    assertThat(components.path("orders-tab-card").path("config").path("location").asText()).isEqualTo("crm.record.tab");
  }

  @Test
  void theCardsTypeCheckAfterNpmInstall() {
    NodeTools.run(CARDS, Map.of(), 300, "npm", "run", "typecheck").orFail();
  }

  @Test
  void theCardRendersTheExampleServersAnswerAndItsHooksSucceed() throws Exception {
    List<HubSpotFetchStandIn.Forwarded> forwarded =
        render(
            "render/generatedCard.test.tsx", "3 passed",
            Map.of(
                "CRMCARDS_CARD_ENTRY", CARDS.resolve("BugTracker.tsx").toString(),
                "CRMCARDS_CARD_EXPORT", "BugTrackerCard",
                "CRMCARDS_EXPECTED",
                NodeTools.REPOSITORY.resolve("examples/src/test/resources/guide-example-response.json").toString()));
    assertThat(forwarded)
        .extracting(f -> f.method() + " " + f.url().replaceAll("\\?.*", ""))
        .contains(
            "GET https://www.example.com/demo-fetch",
            "PUT https://example.com/tickets/245/resolve",
            "DELETE https://example.com/tickets/245");
    assertThat(forwarded.get(0).url())
        .isEqualTo("https://www.example.com/demo-fetch?userId=12345&userEmail=loggedinuser%40hubspot.com"
            + "&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654"
            + "&firstname=Tim&email=timrobinson%40itysl.com&lastname=Robinson");
  }

  @Test
  void theOrdersTablePagesSortsAndSearchesAgainstTheExampleServer() throws Exception {
    List<HubSpotFetchStandIn.Forwarded> forwarded =
        render(
            "render/tableCard.test.tsx", "6 passed",
            Map.of(
                "CRMCARDS_TABLE_ENTRY", CARDS.resolve("OrdersTab.tsx").toString(),
                "CRMCARDS_TABLE_EXPORT", "OrdersTabCard"));
    assertThat(forwarded)
        .extracting(f -> f.url().replaceAll(".*\\?", "").replaceAll("^.*?&(page=)", "$1"))
        .contains("page=2&pageSize=10", "page=1&pageSize=10&sort=-placed", "page=1&pageSize=10&sort=placed",
            "page=1&pageSize=10&sort=-items", "page=1&pageSize=10&sort=items",
            "page=1&pageSize=10&sort=-total", "page=1&pageSize=10&sort=total");
    assertThat(forwarded).anySatisfy(f -> assertThat(f.url()).contains("&page=1&pageSize=10&q="));
  }

  @Test
  void aFormIsRefusedByTheCardAndTheServerAtItsInputAndTheHandlerGetsTheTypedRecord() throws Exception {
    render(
        "render/formCard.test.tsx", "3 passed",
        Map.of(
            "CRMCARDS_CARD_ENTRY", CARDS.resolve("BugTracker.tsx").toString(),
            "CRMCARDS_CARD_EXPORT", "BugTrackerCard"),
        (backends, forwarded) -> {
          assertThat(forwarded)
              .filteredOn(f -> f.method().equals("POST"))
              .extracting(HubSpotFetchStandIn.Forwarded::status)
              .containsExactly(400, 200);
          // The value the server refused never reached the handler; the good one did, typed.
          assertThat(backends.server().bugTracker().reports())
              .containsExactly(
                  new BugReport(
                      "Login fails on Safari", Severity.HIGH, null, 2.5, Set.of(Tag.API, Tag.DATA_LOSS), null,
                      true, "1.4.2", null, new BigDecimal("12.5")));
        });
  }

  /**
   * Runs a render test of the harness against the example server through the signing stand-in
   * for HubSpot, and returns what it forwarded, every answer a 200.
   */
  private static List<HubSpotFetchStandIn.Forwarded> render(String testFile, String passed, Map<String, String> env)
      throws Exception {
    List<HubSpotFetchStandIn.Forwarded> all = new ArrayList<>();
    render(testFile, passed, env, (backends, forwarded) -> {
      assertThat(forwarded).allSatisfy(f -> assertThat(f.status()).as(f.toString()).isEqualTo(200));
      all.addAll(forwarded);
    });
    return all;
  }

  /** Runs a render test as above, then checks what it forwarded and what the example server holds. */
  private static void render(
      String testFile, String passed, Map<String, String> env,
      BiConsumer<ExampleBackends, List<HubSpotFetchStandIn.Forwarded>> then) throws Exception {
    try (ExampleBackends backends = ExampleBackends.start();
        HubSpotFetchStandIn hubspot = HubSpotFetchStandIn.start(backends)) {
      Map<String, String> all = new HashMap<>(env);
      all.put("CI", "true");
      all.put("CRMCARDS_FETCH_PROXY", hubspot.url());
      NodeTools.Run run = NodeTools.run(NodeTools.HARNESS, all, 600, "npx", "vitest", "run", testFile).orFail();
      assertThat(run.output()).contains(passed);
      then.accept(backends, hubspot.forwarded());
    }
  }

  @Test
  void aTwentyFiveCardAppParsesWithNoProblems() throws IOException {
    Path definitions = NodeTools.BUILD.resolve("twenty-five-cards");
    Path project = NodeTools.BUILD.resolve("hubspot-app-25");
    NodeTools.deleteTree(definitions);
    NodeTools.deleteTree(project);
    Files.createDirectories(definitions);
    ObjectNode example = (ObjectNode) read(EXAMPLE_BUILD.resolve("META-INF/crmcards/bug-tracker.json"));
    String[] types = {"contacts", "companies", "deals", "tickets"};
    for (int i = 1; i <= 25; i++) {
      ObjectNode card = example.deepCopy();
      card.put("title", "Card " + i);
      ObjectNode type = (ObjectNode) card.path("fetch").path("objectTypes").get(0);
      type.put("name", types[i % types.length]);
      Files.write(definitions.resolve(String.format("card-%02d.json", i)), JSON.writeValueAsBytes(card));
    }
    app("--definitions", definitions.toString(), "--out", project.toString(), "--name", "Twenty-five cards");

    JsonNode components = parse(project).path("components");
    List<String> cards = new ArrayList<>();
    components.fields().forEachRemaining(e -> {
      if (e.getValue().path("type").asText().equals("CARD")) {
        cards.add(e.getKey());
      }
    });
    // 25 sidebar cards and a help desk twin for each of the 6 on tickets.
    assertThat(cards).hasSize(31).contains("card-01-card", "card-03-helpdesk-card");
  }

  @Test
  void aTableCardOnSeveralLocationsParsesAndTypeChecks() throws IOException {
    // A hand-written view beside a copy of the example definition, as the processor writes them.
    Path definitions = NodeTools.BUILD.resolve("table-card");
    Path project = NodeTools.BUILD.resolve("hubspot-app-table");
    NodeTools.deleteTree(definitions);
    NodeTools.deleteTree(project);
    Files.createDirectories(definitions.resolve("views"));
    Files.copy(EXAMPLE_BUILD.resolve("META-INF/crmcards/bug-tracker.json"), definitions.resolve("orders.json"));
    try (var view = GeneratedProjectTest.class.getResourceAsStream("orders-view.json")) {
      Files.write(definitions.resolve("views/orders.json"), view.readAllBytes());
    }
    app("--definitions", definitions.toString(), "--out", project.toString(), "--name", "Orders");

    JsonNode components = parse(project).path("components");
    Map<String, String> locations = Map.of(
        "orders-card", "crm.record.sidebar", "orders-tab-card", "crm.record.tab", "orders-preview-card", "crm.preview");
    locations.forEach((uid, location) -> {
      assertThat(components.path(uid).path("type").asText()).as(uid).isEqualTo("CARD");
      assertThat(components.path(uid).path("config").path("location").asText()).as(uid).isEqualTo(location);
    });

    // The entry points type-check against the card UI with the view and location they pass.
    Path cards = project.resolve("src/app/cards");
    Files.createSymbolicLink(cards.resolve("node_modules"), CARDS.resolve("node_modules"));
    NodeTools.run(cards, Map.of(), 300, "npm", "run", "typecheck").orFail();
  }

  @Test
  void theParserReportsWhatHubSpotWouldRefuse() throws IOException {
    // A card file one folder too deep (the old migrate layout) is skipped by HubSpot.
    Path deep = copyOfProject("deep-card");
    Path cards = deep.resolve("src/app/cards");
    Files.createDirectories(cards.resolve("bug-tracker"));
    Files.move(cards.resolve("BugTracker-hsmeta.json"), cards.resolve("bug-tracker/BugTracker-hsmeta.json"));
    assertThat(problems(deep)).anySatisfy(p -> assertThat(p).contains("bug-tracker/BugTracker-hsmeta.json"));

    // A config field HubSpot does not document fails the documented schema: our reading of HubSpot's
    // docs (config-schemas.json), which the parser gets here in place of the schemas it downloads.
    Path extra = copyOfProject("extra-field");
    Path appFile = extra.resolve("src/app/app-hsmeta.json");
    ObjectNode app = (ObjectNode) read(appFile);
    ((ObjectNode) app.path("config")).put("generatedBy", "crmcards");
    Files.write(appFile, JSON.writeValueAsBytes(app));
    assertThat(problems(extra)).isNotEmpty();

    // An app file without its uid.
    Path noUid = copyOfProject("no-uid");
    Path noUidFile = noUid.resolve("src/app/app-hsmeta.json");
    ObjectNode withoutUid = (ObjectNode) read(noUidFile);
    withoutUid.remove("uid");
    Files.write(noUidFile, JSON.writeValueAsBytes(withoutUid));
    assertThat(problems(noUid)).isNotEmpty();
  }

  /** The generated project's hsmeta and project files, without node_modules. */
  private static Path copyOfProject(String name) throws IOException {
    Path copy = NodeTools.BUILD.resolve("broken-projects").resolve(name);
    NodeTools.deleteTree(copy);
    for (String file : List.of("hsproject.json", "src/app/app-hsmeta.json", "src/app/cards/BugTracker-hsmeta.json")) {
      Files.createDirectories(copy.resolve(file).getParent());
      Files.copy(PROJECT.resolve(file), copy.resolve(file));
    }
    return copy;
  }

  private static List<String> problems(Path project) throws IOException {
    NodeTools.Run run =
        NodeTools.run(NodeTools.HARNESS, Map.of(), 300, "node", "parse-project.mjs", project.toString());
    String output = run.output();
    List<String> problems = texts(JSON.readTree(output.substring(output.indexOf('{'))).path("problems"));
    assertThat(run.exitCode() != 0).as(output).isEqualTo(!problems.isEmpty());
    return problems;
  }

  private static JsonNode parse(Path project) throws IOException {
    NodeTools.Run run =
        NodeTools.run(NodeTools.HARNESS, Map.of(), 300, "node", "parse-project.mjs", project.toString());
    String output = run.output();
    JsonNode report = JSON.readTree(output.substring(output.indexOf('{')));
    assertThat(texts(report.path("problems"))).as(output).isEmpty();
    assertThat(run.exitCode()).as(output).isZero();
    return report;
  }

  private static void app(String... arguments) {
    String[] line = new String[arguments.length + 1];
    line[0] = "app";
    System.arraycopy(arguments, 0, line, 1, arguments.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrmCardsCli.execute(line, Map.of(), new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(out + "\n" + err).isZero();
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readString(file, UTF_8));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}

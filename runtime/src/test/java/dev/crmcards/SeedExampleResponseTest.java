package dev.crmcards;

import static dev.crmcards.json.JsonOutput.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmcards.json.JsonOutput;
import dev.crmcards.json.ResultLimit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Writes the example response of HubSpot's CRM cards guide the way a generated writer does
 * (constant fragments encoded once, values through {@link JsonOutput}'s typed methods, declared
 * actions with a {@code {objectId}} placeholder as prefix + path segment + suffix), checks the
 * result against the guide's JSON, and checks that a reused writer allocates (next to) nothing.
 */
class SeedExampleResponseTest {

  enum Priority {
    HIGH,
    LOW
  }

  /** The guide's ticket card, as a card class could look. */
  record Ticket(
      long objectId,
      String title,
      URI link,
      LocalDate created,
      Priority priority,
      String project,
      String reportedBy,
      String description,
      String reporterType,
      String status,
      String ticketType,
      LocalDate updated,
      List<Property> properties) {

    boolean open() {
      return !"Resolved".equals(status);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What the processor would generate for the card

  private static final String NAME = "tickets";

  private static final byte[] RESULTS = utf8("{\"results\":[");
  private static final byte[] OBJECT_ID = utf8("{\"objectId\":");
  private static final byte[] TITLE = utf8(",\"title\":");
  private static final byte[] LINK = utf8(",\"link\":");
  private static final byte[] CREATED = utf8(",\"created\":");
  private static final byte[] PRIORITY = utf8(",\"priority\":");
  private static final byte[] PROJECT = utf8(",\"project\":");
  private static final byte[] REPORTED_BY = utf8(",\"reported_by\":");
  private static final byte[] DESCRIPTION = utf8(",\"description\":");
  private static final byte[] REPORTER_TYPE = utf8(",\"reporter_type\":");
  private static final byte[] STATUS = utf8(",\"status\":");
  private static final byte[] TICKET_TYPE = utf8(",\"ticket_type\":");
  private static final byte[] UPDATED = utf8(",\"updated\":");
  private static final byte[] PROPERTIES = utf8(",\"properties\":[");
  private static final byte[] ACTIONS = utf8(",\"actions\":[");

  private static final CardAction EDIT =
      CardAction.iframe("Edit", URI.create("https://example.com/edit-iframe-contents"), 890, 748);
  private static final CardAction REASSIGN =
      CardAction.iframe(
          "Reassign", URI.create("https://example.com/reassign-iframe-contents"), 890, 748);
  private static final byte[] RESOLVE_BEFORE_ID =
      utf8(
          "{\"type\":\"ACTION_HOOK\",\"httpMethod\":\"PUT\",\"associatedObjectProperties\":[],"
              + "\"uri\":\"https://example.com/tickets/");
  private static final byte[] RESOLVE_AFTER_ID = utf8("/resolve\",\"label\":\"Resolve\"}");
  private static final byte[] DELETE_BEFORE_ID =
      utf8(
          "{\"type\":\"CONFIRMATION_ACTION_HOOK\","
              + "\"confirmationMessage\":\"Are you sure you want to delete this ticket?\","
              + "\"confirmButtonText\":\"Yes\",\"cancelButtonText\":\"No\",\"httpMethod\":\"DELETE\","
              + "\"associatedObjectProperties\":[\"protected_account\"],"
              + "\"uri\":\"https://example.com/tickets/");
  private static final byte[] DELETE_AFTER_ID = utf8("\",\"label\":\"Delete\"}");

  private static final byte[] SETTINGS_ACTION = utf8("],\"settingsAction\":");
  private static final byte[] PRIMARY_ACTION = utf8(",\"primaryAction\":");
  private static final byte[] SECONDARY_ACTIONS = utf8(",\"secondaryActions\":[");
  private static final CardAction DECLARED_SETTINGS =
      CardAction.iframe(
          "Settings", URI.create("https://example.com/settings-iframe-contents"), 890, 748);
  private static final CardAction DECLARED_PRIMARY =
      CardAction.iframe(
          "Create Ticket", URI.create("https://example.com/create-iframe-contents"), 890, 748);

  static void writeJson(CardResponse<Ticket> response, JsonOutput out) {
    List<Ticket> results = response.results();
    int n = ResultLimit.limit(NAME, results.size());
    out.raw(RESULTS);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.rawByte(',');
      }
      writeTicket(response, results.get(i), out);
    }
    out.raw(SETTINGS_ACTION);
    response.settingsAction().orElse(DECLARED_SETTINGS).writeTo(out);
    out.raw(PRIMARY_ACTION);
    response.primaryAction().orElse(DECLARED_PRIMARY).writeTo(out);
    List<CardAction> secondary = response.secondaryActions();
    if (!secondary.isEmpty()) {
      out.raw(SECONDARY_ACTIONS);
      writeActions(secondary, out, true);
      out.rawByte(']');
    }
    out.rawByte('}');
  }

  private static void writeTicket(CardResponse<Ticket> response, Ticket t, JsonOutput out) {
    out.raw(OBJECT_ID);
    out.number(t.objectId());
    out.raw(TITLE);
    out.string(t.title());
    out.raw(LINK);
    URI link = t.link();
    if (link == null) {
      out.nullValue();
    } else {
      out.string(link.toString());
    }
    if (t.created() != null) {
      out.raw(CREATED);
      out.quotedDate(t.created());
    }
    if (t.priority() != null) {
      out.raw(PRIORITY);
      out.string(t.priority().name());
    }
    writeString(PROJECT, t.project(), out);
    writeString(REPORTED_BY, t.reportedBy(), out);
    writeString(DESCRIPTION, t.description(), out);
    writeString(REPORTER_TYPE, t.reporterType(), out);
    writeString(STATUS, t.status(), out);
    writeString(TICKET_TYPE, t.ticketType(), out);
    if (t.updated() != null) {
      out.raw(UPDATED);
      out.quotedDate(t.updated());
    }
    List<Property> properties = t.properties();
    if (properties != null && !properties.isEmpty()) {
      out.raw(PROPERTIES);
      for (int i = 0; i < properties.size(); i++) {
        if (i > 0) {
          out.rawByte(',');
        }
        properties.get(i).writeTo(out);
      }
      out.rawByte(']');
    }
    out.raw(ACTIONS);
    EDIT.writeTo(out);
    boolean open = t.open();
    if (open) {
      out.rawByte(',');
      REASSIGN.writeTo(out);
      out.rawByte(',');
      out.raw(RESOLVE_BEFORE_ID);
      out.pathSegment(t.objectId());
      out.raw(RESOLVE_AFTER_ID);
    }
    out.rawByte(',');
    out.raw(DELETE_BEFORE_ID);
    out.pathSegment(t.objectId());
    out.raw(DELETE_AFTER_ID);
    if (response.hasObjectActions()) {
      writeActions(response.objectActions(t), out, false);
    }
    out.raw(']');
    out.rawByte('}');
  }

  private static void writeString(byte[] key, String value, JsonOutput out) {
    if (value != null) {
      out.raw(key);
      out.string(value);
    }
  }

  private static void writeActions(List<CardAction> actions, JsonOutput out, boolean first) {
    for (int i = 0; i < actions.size(); i++) {
      if (!first || i > 0) {
        out.rawByte(',');
      }
      actions.get(i).writeTo(out);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The guide's data and response

  static CardResponse<Ticket> seedResponse() {
    Ticket first =
        new Ticket(
            245,
            "API-22: APIs working too fast",
            URI.create("http://example.com/1"),
            LocalDate.of(2016, 9, 15),
            Priority.HIGH,
            "API",
            null,
            "Customer reported that the APIs are just running too fast. This is causing a problem"
                + " in that they're so happy.",
            "Account Manager",
            "In Progress",
            "Bug",
            LocalDate.of(2016, 9, 28),
            null);
    Ticket second =
        new Ticket(
            988,
            "API-54: Question about bulk APIs",
            URI.create("http://example.com/2"),
            LocalDate.of(2016, 8, 4),
            Priority.HIGH,
            "API",
            "ksmith@hubspot.com",
            "Customer is not able to find documentation about our bulk Contacts APIs.",
            "Support Rep",
            "Resolved",
            "Bug",
            LocalDate.of(2016, 9, 23),
            List.of(
                Property.email("Resolved by", "ijones@hubspot.com"),
                Property.string("Resolution type", "Referred to documentation"),
                Property.currency("Resolution impact", new BigDecimal("94.34"), "GBP")));
    return CardResponse.of(List.of(first, second));
  }

  /**
   * The guide's example response, with two differences: every action carries {@code
   * associatedObjectProperties} (the guide leaves it out of one IFRAME action), and the second
   * object's Delete action points to its own id (the guide repeats 245 there).
   */
  private static final String SEED_JSON =
      """
      {"results":[
        {"objectId":245,"title":"API-22: APIs working too fast","link":"http://example.com/1",
         "created":"2016-09-15","priority":"HIGH","project":"API",
         "description":"Customer reported that the APIs are just running too fast. This is causing a problem in that they're so happy.",
         "reporter_type":"Account Manager","status":"In Progress","ticket_type":"Bug","updated":"2016-09-28",
         "actions":[
           {"type":"IFRAME","width":890,"height":748,"uri":"https://example.com/edit-iframe-contents","label":"Edit","associatedObjectProperties":[]},
           {"type":"IFRAME","width":890,"height":748,"uri":"https://example.com/reassign-iframe-contents","label":"Reassign","associatedObjectProperties":[]},
           {"type":"ACTION_HOOK","httpMethod":"PUT","associatedObjectProperties":[],"uri":"https://example.com/tickets/245/resolve","label":"Resolve"},
           {"type":"CONFIRMATION_ACTION_HOOK","confirmationMessage":"Are you sure you want to delete this ticket?","confirmButtonText":"Yes","cancelButtonText":"No","httpMethod":"DELETE","associatedObjectProperties":["protected_account"],"uri":"https://example.com/tickets/245","label":"Delete"}]},
        {"objectId":988,"title":"API-54: Question about bulk APIs","link":"http://example.com/2",
         "created":"2016-08-04","priority":"HIGH","project":"API","reported_by":"ksmith@hubspot.com",
         "description":"Customer is not able to find documentation about our bulk Contacts APIs.",
         "reporter_type":"Support Rep","status":"Resolved","ticket_type":"Bug","updated":"2016-09-23",
         "properties":[
           {"label":"Resolved by","dataType":"EMAIL","value":"ijones@hubspot.com"},
           {"label":"Resolution type","dataType":"STRING","value":"Referred to documentation"},
           {"label":"Resolution impact","dataType":"CURRENCY","value":"94.34","currencyCode":"GBP"}],
         "actions":[
           {"type":"IFRAME","width":890,"height":748,"uri":"https://example.com/edit-iframe-contents","label":"Edit","associatedObjectProperties":[]},
           {"type":"CONFIRMATION_ACTION_HOOK","confirmationMessage":"Are you sure you want to delete this ticket?","confirmButtonText":"Yes","cancelButtonText":"No","httpMethod":"DELETE","associatedObjectProperties":["protected_account"],"uri":"https://example.com/tickets/988","label":"Delete"}]}],
       "settingsAction":{"type":"IFRAME","width":890,"height":748,"uri":"https://example.com/settings-iframe-contents","label":"Settings","associatedObjectProperties":[]},
       "primaryAction":{"type":"IFRAME","width":890,"height":748,"uri":"https://example.com/create-iframe-contents","label":"Create Ticket","associatedObjectProperties":[]}}
      """;

  @Test
  void writesTheGuidesExampleResponse() throws IOException {
    JsonOutput out = JsonOutput.forThisThread();
    writeJson(seedResponse(), out);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode written = mapper.readTree(out.toByteArray());
    assertThat(written).isEqualTo(mapper.readTree(SEED_JSON));
    // compact and in declaration order: the first bytes are exactly these
    assertThat(out.toString())
        .startsWith(
            "{\"results\":[{\"objectId\":245,\"title\":\"API-22: APIs working too fast\","
                + "\"link\":\"http://example.com/1\",\"created\":\"2016-09-15\",\"priority\":\"HIGH\"");
  }

  @Test
  void requestTimeActionsAreWrittenAfterTheDeclaredOnes() throws IOException {
    CardResponse<Ticket> seed = seedResponse();
    Ticket first = seed.results().get(0);
    CardAction sync =
        CardAction.actionHook("Sync", HttpMethod.POST, URI.create("https://example.com/sync/245"));
    CardAction help = CardAction.iframe("Help", URI.create("https://example.com/help"), 400, 300);
    CardResponse<Ticket> response =
        CardResponse.builder(seed.results())
            .addObjectAction(first, sync)
            .addSecondaryAction(help)
            .primaryAction(help)
            .build();
    JsonOutput out = new JsonOutput(256);
    writeJson(response, out);
    JsonNode tree = new ObjectMapper().readTree(out.toByteArray());
    assertThat(tree.at("/results/0/actions")).hasSize(5);
    assertThat(tree.at("/results/0/actions/4/label").asText()).isEqualTo("Sync");
    assertThat(tree.at("/results/1/actions")).hasSize(2);
    assertThat(tree.at("/primaryAction/label").asText()).isEqualTo("Help");
    assertThat(tree.at("/secondaryActions/0/label").asText()).isEqualTo("Help");
  }

  @Test
  void onlyTheFirstFiveResultsAreWritten() throws IOException {
    Ticket t = seedResponse().results().get(0);
    CardResponse<Ticket> seven = CardResponse.of(List.of(t, t, t, t, t, t, t));
    JsonOutput out = new JsonOutput(256);
    // the expected warning is tested in ResultLimitTest; keep it out of the build output here
    Logger log = Logger.getLogger(ResultLimit.class.getName());
    boolean parentHandlers = log.getUseParentHandlers();
    log.setUseParentHandlers(false);
    try {
      writeJson(seven, out);
    } finally {
      log.setUseParentHandlers(parentHandlers);
    }
    assertThat(new ObjectMapper().readTree(out.toByteArray()).get("results")).hasSize(5);
  }

  /**
   * Allocation counting is deterministic (unlike timing): a reused writer must not allocate while
   * writing the ~2.5 KB example response into a reused stream.
   */
  @Test
  void writingWithAReusedWriterDoesNotAllocate() throws IOException {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "HotSpot thread MXBean");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

    CardResponse<Ticket> response = seedResponse();
    ByteArrayOutputStream sink = new ByteArrayOutputStream(8192);
    for (int i = 0; i < 20_000; i++) { // warm-up: class loading, lazy caches, JIT
      writeOnce(response, sink);
    }
    int iterations = 100_000;
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < iterations; i++) {
      writeOnce(response, sink);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(sink.size()).isBetween(2000, 3000);
    assertThat((double) allocated / iterations).as("bytes allocated per write").isLessThan(1.0);
  }

  private static void writeOnce(CardResponse<Ticket> response, ByteArrayOutputStream sink)
      throws IOException {
    JsonOutput out = JsonOutput.forThisThread();
    writeJson(response, out);
    sink.reset();
    out.writeTo(sink);
  }
}

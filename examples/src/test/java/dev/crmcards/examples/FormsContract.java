package dev.crmcards.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.examples.bugtracker.BugReport;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.Reschedule;
import dev.crmcards.examples.bugtracker.Severity;
import dev.crmcards.examples.bugtracker.Tag;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.rules.FormInputs;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.servlet.RawHttp;
import dev.crmcards.servlet.ServletContainer;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bug tracker's forms over real HTTP: every input rule's 400 names the member with the rules'
 * message and never reaches the handler; the handler receives exactly the typed values; the body's
 * content type, shape and size are checked as API.md §10 pins them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FormsContract {
  static final String SECRET = "forms-test-secret";
  static final ObjectMapper JSON = new ObjectMapper();
  /** "Today" for the handler's due-date checks. */
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final String QUERY = ExampleServer.GUIDE_QUERY;
  static final String JSON_TYPE = "application/json";

  abstract ServletContainer newContainer();

  private ServletContainer container;
  int port;
  BugTrackerHandler handler;
  TicketStore store;

  @BeforeAll
  void start() throws Exception {
    store = TicketStore.withGuideTickets();
    handler = new BugTrackerHandler(
        store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    container = newContainer();
    String base = container.start(Map.of("",
        BugTicketCrmCard.servlet(handler, CardSettings.builder().clientSecret(SECRET).build())));
    port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
  }

  @AfterAll
  void stop() throws Exception {
    container.stop();
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  /** A complete, valid report. */
  static ObjectNode report() {
    ObjectNode body = JSON.createObjectNode();
    body.put("title", "Login fails after the update");
    body.put("severity", "CRITICAL");
    body.put("due", "2026-07-01");
    body.put("estimateHours", 2.5);
    body.putArray("tags").add("UI").add("DATA_LOSS").add("UI");
    body.put("notes", "Steps: log in.\nExpected: the inbox.");
    body.put("blocking", true);
    body.put("build", "1.4.2");
    body.put("affectedUsers", 12);
    body.put("cost", new BigDecimal("1234.50"));
    return body;
  }

  /** A signed request as HubSpot's proxy sends a card's fetch: the usual parameters in the query. */
  byte[] request(String method, String path, String contentType, byte[] body) {
    String target = path + "?" + QUERY;
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n");
    SignatureVerifier.signedHeaders(SECRET, method, ExampleServer.ACTION_ORIGIN + target, body,
            System.currentTimeMillis(), SignatureVersion.V3)
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(UTF_8));
    out.writeBytes(body);
    return out.toByteArray();
  }

  RawHttp.Response send(String method, String path, String contentType, byte[] body) throws IOException {
    return RawHttp.once(port, request(method, path, contentType, body), 10_000, false);
  }

  RawHttp.Response report(JsonNode body) throws IOException {
    return send("POST", "/tickets", JSON_TYPE, JSON.writeValueAsBytes(body));
  }

  static String text(RawHttp.Response response) {
    return new String(response.body(), UTF_8);
  }

  /** The 400 with one field error, exactly as API.md §10 writes it. */
  static String fieldError(String field, String message) throws IOException {
    ObjectNode answer = JSON.createObjectNode().put("message", FormInputs.INVALID_FORM);
    answer.putObject("errors").put(field, message);
    return JSON.writeValueAsString(answer);
  }

  // ---------------------------------------------------------------------------------------------
  // Accepted forms

  @Test
  void theHandlerReceivesExactlyTheTypedValues() throws Exception {
    int before = handler.reports().size();
    RawHttp.Response response = report(report());
    assertThat(response.status()).as(text(response)).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("message").asText()).matches("Ticket \\d+ filed\\.");
    BugReport received = handler.reports().get(before);
    assertThat(received).isEqualTo(new BugReport(
        "Login fails after the update", Severity.CRITICAL, LocalDate.of(2026, 7, 1), 2.5,
        Set.of(Tag.UI, Tag.DATA_LOSS), "Steps: log in.\nExpected: the inbox.", true, "1.4.2", 12,
        new BigDecimal("1234.50")));
    assertThat(received.cost().toPlainString()).as("BigDecimal keeps the digits sent").isEqualTo("1234.50");
    assertThat(received.tags()).as("a set ignores repeats, keeps the order sent").containsExactly(Tag.UI, Tag.DATA_LOSS);
  }

  @Test
  void absentOptionalsArriveAsNullOrEmpty() throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("title", "Typo");
    body.put("severity", "LOW");
    body.put("estimateHours", 1);
    body.put("blocking", false);
    body.put("notes", "");
    body.putNull("due");
    int before = handler.reports().size();
    RawHttp.Response response = report(body);
    assertThat(response.status()).as(text(response)).isEqualTo(200);
    assertThat(handler.reports().get(before))
        .isEqualTo(new BugReport("Typo", Severity.LOW, null, 1.0, Set.of(), null, false, null, null, null));
  }

  @Test
  void membersTheFormDoesNotHaveAreIgnored() throws Exception {
    ObjectNode body = report();
    body.putObject("unknown").putArray("deep").add(1).addObject().put("x", "y");
    body.put("userId", 99);
    RawHttp.Response response = report(body);
    assertThat(response.status()).as(text(response)).isEqualTo(200);
  }

  @Test
  void theUsualParametersComeFromTheQueryNotTheBody() throws Exception {
    ObjectNode body = report();
    body.put("userEmail", "someone-else@example.com");
    int before = handler.reports().size();
    RawHttp.Response response = report(body);
    assertThat(response.status()).isEqualTo(200);
    long id = Long.parseLong(JSON.readTree(response.body()).path("message").asText().replaceAll("\\D", ""));
    assertThat(handler.reports()).hasSize(before + 1);
    assertThat(store.get(id).orElseThrow().reportedBy()).isEqualTo("loggedinuser@hubspot.com");
  }

  @Test
  void aPerObjectFormGetsItsPlaceholderAndItsForm() throws Exception {
    RawHttp.Response response = send("PUT", "/tickets/245/schedule", "application/json; charset=UTF-8",
        "{\"due\":\"2026-12-24\",\"notifyReporter\":false}".getBytes(UTF_8));
    assertThat(response.status()).as(text(response)).isEqualTo(200);
    assertThat(text(response)).isEqualTo("{\"message\":\"Ticket 245 is due 2026-12-24.\"}");
    assertThat(handler.rescheduleOf(245)).contains(new Reschedule(LocalDate.of(2026, 12, 24), null, false));

    RawHttp.Response resolved = send("PUT", "/tickets/988/schedule", JSON_TYPE,
        "{\"due\":\"2026-12-24\",\"notifyReporter\":true}".getBytes(UTF_8));
    assertThat(resolved.status()).isEqualTo(409);

    RawHttp.Response missing = send("PUT", "/tickets/245/schedule", JSON_TYPE, "{\"due\":\"2026-12-24\"}".getBytes(UTF_8));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(text(missing)).isEqualTo(fieldError("notifyReporter", FormInputs.MISSING));
  }

  @Test
  void theHandlersOwnFieldErrorHasTheSameShape() throws Exception {
    ObjectNode body = report();
    body.put("due", "2026-05-31");
    int before = handler.reports().size();
    RawHttp.Response response = report(body);
    assertThat(response.status()).isEqualTo(400);
    assertThat(text(response)).isEqualTo(fieldError("due", "Pick a day from today on."));
    assertThat(handler.reports()).as("the handler ran and refused").hasSize(before + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Refused values: each rule's 400, before the handler

  /** A report changed by {@code change} is refused with one error at {@code field}. */
  void refused(Consumer<ObjectNode> change, String field, String message) throws Exception {
    ObjectNode body = report();
    change.accept(body);
    int before = handler.reports().size();
    RawHttp.Response response = report(body);
    assertThat(response.status()).as(body + " -> " + text(response)).isEqualTo(400);
    assertThat(response.header("Content-Type").replace(" ", "").toLowerCase()).isEqualTo("application/json;charset=utf-8");
    assertThat(text(response)).as(body.toString()).isEqualTo(fieldError(field, message));
    assertThat(handler.reports()).as("the handler is not called").hasSize(before);
  }

  @Test
  void requiredValues() throws Exception {
    refused(b -> b.remove("title"), "title", FormInputs.MISSING);
    refused(b -> b.put("title", ""), "title", FormInputs.MISSING);
    refused(b -> b.putNull("severity"), "severity", FormInputs.MISSING);
    refused(b -> b.remove("estimateHours"), "estimateHours", FormInputs.MISSING);
    refused(b -> b.remove("blocking"), "blocking", FormInputs.MISSING);
  }

  @Test
  void texts() throws Exception {
    refused(b -> b.put("title", "x".repeat(121)), "title", "Use at most 120 characters.");
    refused(b -> b.put("title", 5), "title", FormInputs.NOT_TEXT);
    refused(b -> b.putArray("title").add("a"), "title", FormInputs.NOT_TEXT);
    refused(b -> b.put("notes", "n".repeat(501)), "notes", "Use at most 500 characters.");
    // Past the longest form text too: still the input's error, not a malformed body.
    refused(b -> b.put("notes", "n".repeat(300_000)), "notes", "Use at most 500 characters.");
    refused(b -> b.put("build", "1".repeat(FormInputs.MAX_TEXT_LENGTH + 1)), "build", "Use at most 262144 characters.");
    refused(b -> b.put("build", "1.4"), "build", FormInputs.NO_MATCH);
    refused(b -> b.put("build", "v1.4.2"), "build", FormInputs.NO_MATCH);
  }

  @Test
  void textLengthCountsUtf16CodeUnits() throws Exception {
    String sixty = "\uD83D\uDC1B".repeat(60); // 60 bugs, 120 code units
    ObjectNode body = report();
    body.put("title", sixty);
    assertThat(report(body).status()).isEqualTo(200);
    refused(b -> b.put("title", sixty + "x"), "title", "Use at most 120 characters.");
  }

  @Test
  void numbers() throws Exception {
    refused(b -> b.put("estimateHours", "3"), "estimateHours", FormInputs.NOT_NUMBER);
    refused(b -> b.put("estimateHours", true), "estimateHours", FormInputs.NOT_NUMBER);
    refused(b -> b.put("estimateHours", 0.25), "estimateHours", "Enter a number of at least 0.5.");
    refused(b -> b.put("estimateHours", 40.01), "estimateHours", "Enter a number of at most 40.");
    refused(b -> b.put("affectedUsers", 1.5), "affectedUsers", FormInputs.NOT_WHOLE_NUMBER);
    // Beyond an int but whole: told the int's own limit, as it declares no max.
    refused(b -> b.put("affectedUsers", 3_000_000_000L), "affectedUsers", "Enter a number of at most 2147483647.");
    refused(b -> b.put("affectedUsers", -3_000_000_000L), "affectedUsers", "Enter a number of at least 1.");
    refused(b -> b.put("affectedUsers", 0), "affectedUsers", "Enter a number of at least 1.");
    refused(b -> b.put("affectedUsers", "12"), "affectedUsers", FormInputs.NOT_NUMBER);
    refused(b -> b.put("cost", -0.01), "cost", "Enter a number of at least 0.");
    refused(b -> b.put("cost", "12.00"), "cost", FormInputs.NOT_NUMBER);
  }

  @Test
  void wholeNumbersWrittenWithAZeroFractionAreWhole() throws Exception {
    ObjectNode body = report();
    body.put("affectedUsers", new BigDecimal("7.000"));
    int before = handler.reports().size();
    assertThat(report(body).status()).isEqualTo(200);
    assertThat(handler.reports().get(before).affectedUsers()).isEqualTo(7);
  }

  @Test
  void datesBooleansAndOptions() throws Exception {
    refused(b -> b.put("due", "2026-02-30"), "due", FormInputs.NOT_DATE);
    refused(b -> b.put("due", "01.07.2026"), "due", FormInputs.NOT_DATE);
    refused(b -> b.put("due", "+12026-07-01"), "due", FormInputs.NOT_DATE);
    refused(b -> b.put("due", 20260701), "due", FormInputs.NOT_DATE);
    refused(b -> b.put("blocking", "true"), "blocking", FormInputs.NOT_BOOLEAN);
    refused(b -> b.put("blocking", 1), "blocking", FormInputs.NOT_BOOLEAN);
    refused(b -> b.put("severity", "critical"), "severity", FormInputs.NOT_OPTION);
    refused(b -> b.put("severity", "Critical: drop everything"), "severity", FormInputs.NOT_OPTION);
    refused(b -> b.put("severity", 3), "severity", FormInputs.NOT_OPTION);
    refused(b -> b.put("tags", "UI"), "tags", FormInputs.NOT_LIST);
    refused(b -> b.putArray("tags").add("UI").add("NOPE"), "tags", FormInputs.NOT_OPTION);
    refused(b -> b.putArray("tags").add(1), "tags", FormInputs.NOT_OPTION);
    refused(b -> b.putArray("tags").addNull(), "tags", FormInputs.NOT_OPTION);
  }

  @Test
  void everyBrokenRuleIsNamedInMemberOrder() throws Exception {
    ObjectNode body = report();
    body.put("cost", "free");
    body.put("title", "");
    body.put("estimateHours", 99);
    RawHttp.Response response = report(body);
    assertThat(response.status()).isEqualTo(400);
    JsonNode errors = JSON.readTree(response.body()).path("errors");
    assertThat(List.of(errors.fieldNames().next(), errors.size())).containsExactly("title", 3);
    assertThat(text(response)).isEqualTo(
        "{\"message\":\"" + FormInputs.INVALID_FORM + "\",\"errors\":{\"title\":\"" + FormInputs.MISSING
            + "\",\"estimateHours\":\"Enter a number of at most 40.\",\"cost\":\"" + FormInputs.NOT_NUMBER + "\"}}");
  }

  // ---------------------------------------------------------------------------------------------
  // Refused bodies

  @Test
  void aBodyThatIsNotAJsonObject() throws Exception {
    for (String body : List.of("[]", "\"title\"", "42", "null", "", "{\"title\":", "{\"title\":\"a\"} {}", "{'a':1}")) {
      RawHttp.Response response = send("POST", "/tickets", JSON_TYPE, body.getBytes(UTF_8));
      assertThat(response.status()).as(body).isEqualTo(400);
      JsonNode answer = JSON.readTree(response.body());
      assertThat(answer.size()).as(body + " -> " + answer).isEqualTo(1);
      assertThat(answer.path("message").asText()).as(body).startsWith("the form's body ");
    }
  }

  @Test
  void aBodyThatIsNotJson() throws Exception {
    byte[] body = JSON.writeValueAsBytes(report());
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null, "application/jsonx"}) {
      RawHttp.Response response = send("POST", "/tickets", type, body);
      assertThat(response.status()).as(type).isEqualTo(400);
      assertThat(text(response)).isEqualTo("{\"message\":\"a form's body must be application/json\"}");
    }
  }

  @Test
  void deepNestingAndHugeNumbersAreRefusedWhole() throws Exception {
    String deep = "{\"unknown\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    RawHttp.Response nested = send("POST", "/tickets", JSON_TYPE, deep.getBytes(UTF_8));
    assertThat(nested.status()).isEqualTo(400);
    assertThat(JSON.readTree(nested.body()).path("message").asText()).startsWith("the form's body nests deeper than");

    RawHttp.Response digits = send("POST", "/tickets", JSON_TYPE,
        ("{\"cost\":1" + "0".repeat(5000) + "}").getBytes(UTF_8));
    assertThat(digits.status()).isEqualTo(400);
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    byte[] body = ("{\"notes\":\"" + "n".repeat(1024 * 1024) + "\"}").getBytes(UTF_8);
    RawHttp.Response response = send("POST", "/tickets", JSON_TYPE, body);
    assertThat(response.status()).isEqualTo(413);
  }

  @Test
  void anUnsignedFormIs401() throws Exception {
    byte[] body = JSON.writeValueAsBytes(report());
    String head = "POST /tickets?" + QUERY + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(UTF_8));
    out.writeBytes(body);
    assertThat(RawHttp.once(port, out.toByteArray(), 10_000, false).status()).isEqualTo(401);
  }

  // ---------------------------------------------------------------------------------------------
  // Hostile bodies

  /**
   * Ten thousand random bodies ({@code -Dfuzz.seed=} replays a run, {@code -Dfuzz.count=} sets how
   * many): each gets a JSON answer, 400 with a message (and field errors only for the form's
   * members) unless it happens to be a valid report; nothing is a 5xx; the server answers a good
   * form afterwards.
   */
  @Test
  void hostileBodies() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    int count = Integer.getInteger("fuzz.count", 10_000);
    System.out.println(getClass().getSimpleName() + " form fuzz: seed " + seed + ", " + count + " bodies");
    HostileFormBodies bodies = new HostileFormBodies(seed);
    int refused = 0;
    // A new connection each: Tomcat closes a connection after a 400.
    for (int i = 0; i < count; i++) {
      byte[] body = bodies.next();
      RawHttp.Response response = RawHttp.once(port, request("POST", "/tickets", JSON_TYPE, body), 10_000, false);
      String what = "body #" + i + " (seed " + seed + "): " + new String(body, 0, Math.min(body.length, 300), UTF_8);
      assertThat(response).as(what).isNotNull();
      assertThat(response.status()).as(what).isIn(200, 400);
      JsonNode answer = JSON.readTree(response.body());
      assertThat(answer.path("message").isTextual()).as(what).isTrue();
      if (response.status() == 400) {
        refused++;
        answer.path("errors").fieldNames()
            .forEachRemaining(field -> assertThat(HostileFormBodies.MEMBERS).as(what).contains(field));
      }
    }
    assertThat(refused).isGreaterThan(count * 9 / 10);
    assertThat(report(report()).status()).isEqualTo(200);
  }
}

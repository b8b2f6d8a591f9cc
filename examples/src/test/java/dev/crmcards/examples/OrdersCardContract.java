package dev.crmcards.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.examples.orders.DelayReason;
import dev.crmcards.examples.orders.DeliveryChange;
import dev.crmcards.examples.orders.Order;
import dev.crmcards.examples.orders.OrderBook;
import dev.crmcards.examples.orders.OrderCrmCard;
import dev.crmcards.examples.orders.OrderState;
import dev.crmcards.examples.orders.OrderSummary;
import dev.crmcards.examples.orders.OrdersHandler;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.FormInputs;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.servlet.CrmCardsServlet;
import dev.crmcards.servlet.RawHttp;
import dev.crmcards.servlet.ServletContainer;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The orders card over real HTTP, signed as HubSpot's proxy signs it, beside the bug tracker in
 * one servlet as the example server serves them: paging, sorting, search, total, the summary on
 * the first page only, and a 400 naming the parameter for every bad one, before the handler runs;
 * the summary under the fetch's deadline; its per-order form, whose handler gets the typed record
 * or is never reached. Beside them a table that neither searches nor sorts ({@link Shipment}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrdersCardContract {
  static final String SECRET = "orders-test-secret";
  /** Decimals read exactly, as the server wrote them. */
  static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  static final String COMPANY =
      "userId=12345&userEmail=" + enc("loggedinuser@hubspot.com")
          + "&associatedObjectId=4242&associatedObjectType=COMPANY&portalId=987654&domain=example.com";
  /** How long a test waits for an answer or an event it expects (never reached when all is well). */
  static final Duration PATIENCE = Duration.ofSeconds(30);
  /**
   * The deadline of the server whose summaries are held: far beyond what a fetch takes, however
   * busy the machine, so that each held request reaches its summary.
   */
  static final Duration SHORT_DEADLINE = Duration.ofSeconds(2);

  abstract ServletContainer newContainer();

  /** The example's handler, counting its calls; a summary of company 666 fails. */
  static final class CountingHandler implements OrderCrmCard.Handler {
    final OrdersHandler orders = new OrdersHandler(new OrderBook());
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicInteger summaries = new AtomicInteger();

    @Override
    public CardResponse<Order> fetch(FetchRequest request) {
      fetches.incrementAndGet();
      return orders.fetch(request);
    }

    @Override
    public OrderSummary summary(FetchRequest request) {
      summaries.incrementAndGet();
      if (request.associatedObjectId() == 666) {
        throw new IllegalStateException("the summary store is down: secret detail");
      }
      return orders.summary(request);
    }

    @Override
    public ActionResult reschedule(ActionRequest request, long id, DeliveryChange form) {
      return orders.reschedule(request, id, form);
    }
  }

  /** The example's handler, whose summary waits for the test's go, or for the deadline's interrupt. */
  static final class HeldSummaryHandler implements OrderCrmCard.Handler {
    final OrdersHandler orders = new OrdersHandler(new OrderBook());
    final CountDownLatch summaryEntered = new CountDownLatch(1);
    final CountDownLatch summaryInterrupted = new CountDownLatch(1);
    final CountDownLatch goOn = new CountDownLatch(1);

    @Override
    public CardResponse<Order> fetch(FetchRequest request) {
      return orders.fetch(request);
    }

    @Override
    public OrderSummary summary(FetchRequest request) throws InterruptedException {
      summaryEntered.countDown();
      try {
        goOn.await();
      } catch (InterruptedException e) {
        summaryInterrupted.countDown();
        throw e;
      }
      return orders.summary(request);
    }

    @Override
    public ActionResult reschedule(ActionRequest request, long id, DeliveryChange form) {
      return orders.reschedule(request, id, form);
    }
  }

  /** The shipments table's handler: three shipments, and the last request it got. */
  static final class ShipmentsHandler implements ShipmentCrmCard.Handler {
    final AtomicInteger fetches = new AtomicInteger();
    volatile FetchRequest last;

    @Override
    public CardResponse<Shipment> fetch(FetchRequest request) {
      fetches.incrementAndGet();
      last = request;
      return CardResponse.builder(List.of(
              new Shipment(1, "SH-1", "DHL"), new Shipment(2, "SH-2", "UPS"), new Shipment(3, "SH-3", "DPD")))
          .total(3)
          .build();
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final CountingHandler handler = new CountingHandler();
  private final ShipmentsHandler shipments = new ShipmentsHandler();
  private final HeldSummaryHandler held = new HeldSummaryHandler();
  private ServletContainer container;
  private ServletContainer shortDeadlineContainer;
  private String base;
  private String shortDeadlineBase;
  private int port;

  @BeforeAll
  void start() throws Exception {
    container = newContainer();
    CardSettings settings = CardSettings.builder().clientSecret(SECRET).build();
    base = container.start(Map.of("", new CrmCardsServlet(
        settings,
        BugTicketCrmCard.routes(new BugTrackerHandler(TicketStore.withGuideTickets())),
        OrderCrmCard.routes(handler),
        ShipmentCrmCard.routes(shipments))));
    port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    shortDeadlineContainer = newContainer();
    shortDeadlineBase = shortDeadlineContainer.start(Map.of("", new CrmCardsServlet(
        CardSettings.builder().clientSecret(SECRET).handlerTimeout(SHORT_DEADLINE).build(),
        OrderCrmCard.routes(held))));
  }

  @AfterAll
  void stop() throws Exception {
    held.goOn.countDown();
    try {
      container.stop();
    } finally {
      shortDeadlineContainer.stop();
    }
  }

  @BeforeEach
  void resetCounts() {
    handler.fetches.set(0);
    handler.summaries.set(0);
    shipments.fetches.set(0);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  /** A signed GET of {@code path}, as HubSpot would send it to the URL the cards declare. */
  HttpResponse<String> get(String path) throws Exception {
    return get(base, path);
  }

  /** A signed GET of {@code path} from the server at {@code server}. */
  HttpResponse<String> get(String server, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(PATIENCE);
    SignatureVerifier.signedHeaders(SECRET, "GET", ExampleServer.FETCH_ORIGIN + path, new byte[0],
            System.currentTimeMillis(), SignatureVersion.V3)
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A signed GET of {@code path} written byte for byte, for what a URI refuses to hold (a malformed
   * escape); the status and the body as text.
   */
  RawHttp.Response rawGet(String path) throws Exception {
    StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
    SignatureVerifier.signedHeaders(SECRET, "GET", ExampleServer.FETCH_ORIGIN + path, new byte[0],
            System.currentTimeMillis(), SignatureVersion.V3)
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Connection: close\r\n\r\n");
    return RawHttp.once(port, head.toString().getBytes(UTF_8), (int) PATIENCE.toMillis(), false);
  }

  /** {@code path} is a 400 whose message is {@code message}. */
  void assertBadRequest(String path, String message) throws Exception {
    RawHttp.Response response = rawGet(path);
    String body = new String(response.body(), UTF_8);
    assertThat(response.status()).as(path + ": " + body).isEqualTo(400);
    assertThat(JSON.readTree(body).path("message").asText()).as(path).isEqualTo(message);
  }

  /** A signed form submit to {@code path}, as HubSpot's proxy sends a card's {@code hubspot.fetch}. */
  HttpResponse<String> post(String path, String json) throws Exception {
    byte[] body = json.getBytes(UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", FormInputs.CONTENT_TYPE)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    SignatureVerifier.signedHeaders(SECRET, "POST", ExampleServer.FETCH_ORIGIN + path, body,
            System.currentTimeMillis(), SignatureVersion.V3)
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode orders(String parameters) throws Exception {
    HttpResponse<String> response = get("/orders?" + COMPANY + parameters);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static List<String> numbers(JsonNode answer) {
    List<String> numbers = new ArrayList<>();
    answer.path("results").forEach(row -> numbers.add(row.path("title").asText()));
    return numbers;
  }

  @Test
  void aLegacyRequestGetsTheFirstPageTheTotalAndTheSummary() throws Exception {
    JsonNode answer = orders("");
    assertThat(answer.path("results")).hasSize(10);
    assertThat(answer.path("total").asLong()).isEqualTo(200);
    JsonNode summary = answer.path("summary");
    assertThat(summary.path("orders").asLong()).isEqualTo(200);
    // The figures of company 4242's orders, as the example's order book has them: open ones, and
    // the revenue of all but the returned ones.
    List<Order> all = new OrderBook().of(4242);
    // Figures travel as column values do, strings of their digits.
    assertThat(summary.path("open").isTextual()).isTrue();
    assertThat(summary.path("open").asLong())
        .isEqualTo(all.stream().filter(o -> o.state() == OrderState.OPEN).count())
        .isPositive();
    BigDecimal revenue = all.stream().filter(o -> o.state() != OrderState.RETURNED)
        .map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(revenue).isLessThan(all.stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(summary.path("revenue").isTextual()).isTrue();
    assertThat(summary.path("revenue").asText()).isEqualTo(revenue.toPlainString());
    long charted = 0;
    for (JsonNode bar : summary.path("perMonth")) {
      assertThat(bar.path("month").asText()).matches("\\d{4}-\\d{2}");
      charted += bar.path("orders").asLong();
    }
    assertThat(charted).isEqualTo(200);
    JsonNode row = answer.at("/results/0");
    assertThat(row.fieldNames()).toIterable()
        .containsExactly("objectId", "title", "link", "placed", "customer", "items", "total", "state", "actions");
    assertThat(handler.summaries).hasValue(1);
  }

  @Test
  void pagesFollowOneAnotherWithoutTheSummary() throws Exception {
    JsonNode twenty = orders("&pageSize=20");
    JsonNode second = orders("&page=2&pageSize=10");
    assertThat(numbers(second)).isEqualTo(numbers(twenty).subList(10, 20));
    assertThat(second.has("summary")).isFalse();
    assertThat(second.path("total").asLong()).isEqualTo(200);
    assertThat(orders("&page=21").path("results")).isEmpty();
    assertThat(orders("&pageSize=100").path("results")).hasSize(100);
    // Four fetches; the summary only for the two of page 1 (20 and 100 rows).
    assertThat(handler.fetches).hasValue(4);
    assertThat(handler.summaries).hasValue(2);
  }

  @Test
  void leadingZerosAreTheSamePage() throws Exception {
    JsonNode first = orders("");
    JsonNode zeroOne = orders("&page=01");
    assertThat(numbers(zeroOne)).hasSize(10).isEqualTo(numbers(first));
    assertThat(zeroOne.path("summary")).isEqualTo(first.path("summary"));
    JsonNode zeroZeroZeroTwo = orders("&page=0002");
    assertThat(numbers(zeroZeroZeroTwo)).hasSize(10).isEqualTo(numbers(orders("&page=2")));
    assertThat(zeroZeroZeroTwo.has("summary")).isFalse();
  }

  @Test
  void theHighestPageIsAnEmptyPageAtEitherSize() throws Exception {
    // Its first row's index fits an int even at the largest page size.
    for (String size : List.of("", "&pageSize=" + CardViews.MAX_PAGE_SIZE)) {
      JsonNode last = orders("&page=" + CardViews.MAX_PAGE + size);
      assertThat(last.path("results")).as(size).isEmpty();
      assertThat(last.path("total").asLong()).as(size).isEqualTo(200);
    }
    assertThat(handler.fetches).hasValue(2);
  }

  @Test
  void sortsOnTheServerEitherWay() throws Exception {
    List<BigDecimal> totals = new ArrayList<>();
    orders("&sort=-total&pageSize=50").path("results").forEach(r -> totals.add(new BigDecimal(r.path("total").asText())));
    assertThat(totals).hasSize(50).isSortedAccordingTo((a, b) -> b.compareTo(a));
    List<String> placed = new ArrayList<>();
    orders("&sort=placed&page=3").path("results").forEach(r -> placed.add(r.path("placed").asText()));
    assertThat(placed).hasSize(10).isSorted();
  }

  @Test
  void searchesOnTheServerAndSumsUpTheMatches() throws Exception {
    JsonNode answer = orders("&q=" + enc("müller") + "&pageSize=100&sort=items");
    long total = answer.path("total").asLong();
    assertThat(total).isBetween(1L, 199L);
    assertThat(answer.path("results")).hasSize((int) Math.min(total, 100));
    answer.path("results").forEach(r -> assertThat(r.path("customer").asText()).isEqualTo("Jürgen Müller"));
    assertThat(answer.path("summary").path("orders").asLong()).isEqualTo(total);
    assertThat(orders("&q=").path("total").asLong()).isEqualTo(200);
    assertThat(orders("&q=nobody-at-all").path("results")).isEmpty();
    // The longest search there may be is searched for (and found nowhere), not refused.
    JsonNode longest = orders("&q=" + "x".repeat(CardViews.MAX_SEARCH_LENGTH));
    assertThat(longest.path("total").asLong()).isZero();
    assertThat(longest.path("summary").path("orders").asLong()).isZero();
  }

  @Test
  void everyBadParameterIsA400NamingItBeforeTheHandlerRuns() throws Exception {
    Map<String, String> bad =
        Map.ofEntries(
            Map.entry("&page=0", CardViews.PAGE_PROBLEM),
            Map.entry("&page=two", CardViews.PAGE_PROBLEM),
            Map.entry("&page=", CardViews.PAGE_PROBLEM),
            Map.entry("&page=" + (CardViews.MAX_PAGE + 1), CardViews.PAGE_PROBLEM),
            Map.entry("&pageSize=0", CardViews.PAGE_SIZE_PROBLEM),
            Map.entry("&pageSize=101", CardViews.PAGE_SIZE_PROBLEM),
            Map.entry("&pageSize=1.5", CardViews.PAGE_SIZE_PROBLEM),
            Map.entry("&sort=customer", "sort names a property this card cannot sort by (sortable: placed, items, total)"),
            Map.entry("&sort=-", CardViews.SORT_SHAPE_PROBLEM),
            Map.entry("&q=" + "x".repeat(CardViews.MAX_SEARCH_LENGTH + 1), CardViews.SEARCH_PROBLEM),
            Map.entry("&page=%zz", "malformed percent-encoding in the query string (page)"),
            Map.entry("&q=%C", "malformed percent-encoding in the query string (q)"));
    for (Map.Entry<String, String> e : bad.entrySet()) {
      assertBadRequest("/orders?" + COMPANY + e.getKey(), e.getValue());
    }
    assertThat(handler.fetches).hasValue(0);
    assertThat(handler.summaries).hasValue(0);
  }

  @Test
  void aSlowSummaryGetsTheDeadlinesAnswer() throws Exception {
    // A page without a summary is answered as usual.
    HttpResponse<String> second = get(shortDeadlineBase, "/orders?" + COMPANY + "&page=2");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(held.summaryEntered.getCount()).isEqualTo(1);
    // The first page's fetch returns; its summary is held until the deadline interrupts it.
    HttpResponse<String> first = get(shortDeadlineBase, "/orders?" + COMPANY);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(503);
    assertThat(JSON.readTree(first.body()))
        .isEqualTo(JSON.readTree("{\"message\":\"the card did not answer in time\"}"));
    assertThat(held.summaryEntered.getCount()).isZero();
    assertThat(held.summaryInterrupted.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
  }

  @Test
  void aFailingSummaryFailsTheRequestRevealingNothing() throws Exception {
    HttpResponse<String> response = get("/orders?" + COMPANY.replace("4242", "666"));
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("secret detail").doesNotContain("IllegalStateException");
    assertThat(get("/orders?" + COMPANY.replace("4242", "666") + "&page=2").statusCode()).isEqualTo(200);
  }

  @Test
  void theTilesCardIgnoresTheTableParameters() throws Exception {
    String guide = "/demo-fetch?" + ExampleServer.GUIDE_QUERY.replace("@", "%40");
    HttpResponse<String> plain = get(guide);
    HttpResponse<String> response = get(guide + "&page=0&pageSize=x&sort=nope&q=x");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(plain.body());
    JsonNode answer = JSON.readTree(response.body());
    assertThat(answer.path("results")).isNotEmpty();
    assertThat(answer.has("total")).isFalse();
    assertThat(answer.has("summary")).isFalse();
  }

  @Test
  void aTableThatIsNotSearchableIgnoresQ() throws Exception {
    HttpResponse<String> plain = get("/shipments?" + COMPANY);
    // Even a search longer than any may be: not read, so not refused.
    for (String q : List.of("SH-2", "x".repeat(CardViews.MAX_SEARCH_LENGTH + 1))) {
      HttpResponse<String> searched = get("/shipments?" + COMPANY + "&q=" + q);
      assertThat(searched.statusCode()).as(searched.body()).isEqualTo(200);
      assertThat(searched.body()).isEqualTo(plain.body());
      assertThat(shipments.last.search()).isEmpty();
    }
    assertThat(JSON.readTree(plain.body()).path("results")).hasSize(3);
    assertThat(shipments.fetches).hasValue(3);
  }

  @Test
  void aTableWithoutSortableColumnsRefusesEverySort() throws Exception {
    for (String sort : List.of("carrier", "-number", "id")) {
      assertBadRequest("/shipments?" + COMPANY + "&sort=" + sort, CardViews.sortProblem(List.of()));
    }
    assertBadRequest("/shipments?" + COMPANY + "&sort=-", CardViews.SORT_SHAPE_PROBLEM);
    assertThat(shipments.fetches).hasValue(0);
    // Without a sort it answers.
    assertThat(get("/shipments?" + COMPANY).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------
  // The per-order form

  @Test
  void theRescheduleFormReachesTheHandlerTyped() throws Exception {
    HttpResponse<String> response = post("/orders/4242007/delivery?" + COMPANY,
        "{\"deliverOn\": \"2026-08-03\", \"reason\": \"CARRIER\", \"note\": \"Ring twice.\\nBack door.\","
            + " \"unknown\": [1, 2]}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("message").asText())
        .isEqualTo("Order 4242007 is delivered on 2026-08-03.");
    assertThat(handler.orders.deliveryChangeOf(4242, 4242007)).contains(
        new DeliveryChange(LocalDate.of(2026, 8, 3), DelayReason.CARRIER, "Ring twice.\nBack door."));

    HttpResponse<String> noNote = post("/orders/4242008/delivery?" + COMPANY,
        "{\"deliverOn\": \"2026-08-04\", \"reason\": \"OUT_OF_STOCK\", \"note\": \"\"}");
    assertThat(noNote.statusCode()).as(noNote.body()).isEqualTo(200);
    assertThat(handler.orders.deliveryChangeOf(4242, 4242008)).as("an empty optional text is absent")
        .contains(new DeliveryChange(LocalDate.of(2026, 8, 4), DelayReason.OUT_OF_STOCK, null));
  }

  @Test
  void anOrderOfAnotherCompanyIsNotRescheduled() throws Exception {
    // 4243007 is company 4243's; the card shows company 4242.
    HttpResponse<String> response = post("/orders/4243007/delivery?" + COMPANY,
        "{\"deliverOn\": \"2026-08-03\", \"reason\": \"CARRIER\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).path("message").asText())
        .isEqualTo("Order 4243007 is not one of this company's orders.");
    assertThat(handler.orders.deliveryChangeOf(4242, 4243007)).isEmpty();
    assertThat(handler.orders.deliveryChangeOf(4243, 4243007)).isEmpty();
  }

  @Test
  void aBadRescheduleIsA400NamingTheFieldAndNeverReachesTheHandler() throws Exception {
    Map<String, String[]> cases = Map.of(
        "{\"reason\": \"CARRIER\"}", new String[] {"deliverOn", FormInputs.MISSING},
        "{\"deliverOn\": \"3 August\", \"reason\": \"CARRIER\"}", new String[] {"deliverOn", FormInputs.NOT_DATE},
        "{\"deliverOn\": \"2026-08-03\", \"reason\": \"LOST\"}", new String[] {"reason", FormInputs.NOT_OPTION},
        "{\"deliverOn\": \"2026-08-03\", \"reason\": \"CARRIER\", \"note\": \"" + "x".repeat(301) + "\"}",
        new String[] {"note", FormInputs.message(FormInputs.TOO_LONG, null, null, 300)});
    for (Map.Entry<String, String[]> bad : cases.entrySet()) {
      HttpResponse<String> response = post("/orders/4242009/delivery?" + COMPANY, bad.getKey());
      assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
      JsonNode answer = JSON.readTree(response.body());
      assertThat(answer.path("message").asText()).isEqualTo(FormInputs.INVALID_FORM);
      assertThat(answer.path("errors").path(bad.getValue()[0]).asText()).as(bad.getKey()).isEqualTo(bad.getValue()[1]);
    }
    assertThat(handler.orders.deliveryChangeOf(4242, 4242009)).isEmpty();
  }
}

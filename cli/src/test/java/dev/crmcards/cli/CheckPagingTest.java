package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.examples.ExampleServer;
import dev.crmcards.examples.orders.DeliveryChange;
import dev.crmcards.examples.orders.Order;
import dev.crmcards.examples.orders.OrderBook;
import dev.crmcards.examples.orders.OrderCrmCard;
import dev.crmcards.examples.orders.OrderSummary;
import dev.crmcards.examples.orders.OrdersHandler;
import dev.crmcards.servlet.CardSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code check} against the example server's orders table (pages of 10) whose handler pages
 * rightly or wrongly: only a second page shows a handler that ignores the page asked for.
 */
class CheckPagingTest {
  private static final String SECRET = "cli-paging-secret";
  private final OrderBook book = new OrderBook();
  private ExampleServer server;
  private PagingOrders orders;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  /** Serves the orders card with {@code fetch} as its handler's: given the request and the orders it matches. */
  private void serve(BiFunction<FetchRequest, List<Order>, CardResponse<Order>> fetch) throws Exception {
    orders = new PagingOrders(new OrdersHandler(book), book, fetch);
    server = ExampleServer.start(0, CardSettings.builder().clientSecret(SECRET).build(), orders);
  }

  private CliRun check(String... more) {
    List<String> args = new ArrayList<>(List.of(
        "check", "--definitions", Fixtures.exampleDefinitions().toString(), "--card", "orders",
        "--url", "http://127.0.0.1:" + server.port() + "/orders", "--secret", SECRET));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void aHandlerThatIgnoresThePageIsAProblem() throws Exception {
    // All the orders, whatever the page: the server cuts each answer to the first 10.
    serve((request, matching) -> CardResponse.builder(matching).build());
    CliRun run = check();
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines()).as(run.toString()).containsExactly(
        "$.results: [app-card] page 2 answered the same objects as page 1, so the card pages through the same"
            + " rows: the server ignores the page asked for; answer the rows of the page asked for (page and"
            + " pageSize: FetchRequest.page() and pageSize() in a crmcards handler)");
    assertThat(orders.pagesAskedFor()).containsExactly(1, 2);
    assertThat(run.err())
        .contains("-> HTTP 200 in ")
        .containsPattern("\nGET http://127\\.0\\.0\\.1:\\d+/orders with page=2 \\(signed the same way; the card offers"
            + " this page after a full one\\) -> HTTP 200 in \\d+ ms, 10 objects");
  }

  @Test
  void askedForAPageItChecksThatPageAndTheOneAfter() throws Exception {
    // Always the first ten, with the right total.
    serve((request, matching) -> CardResponse.builder(matching.subList(0, 10)).total(matching.size()).build());
    CliRun run = check("--property", "page=2", "--property", "pageSize=5");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines()).singleElement().asString()
        .startsWith("$.results: [app-card] page 3 answered the same objects as page 2");
    assertThat(orders.pagesAskedFor()).containsExactly(2, 3);
  }

  @Test
  void aHandlerThatPagesPasses() throws Exception {
    OrdersHandler right = new OrdersHandler(book);
    serve((request, matching) -> right.fetch(request));
    CliRun run = check();
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(orders.pagesAskedFor()).containsExactly(1, 2);
    assertThat(run.err()).contains("with page=2 (signed the same way");
  }

  @Test
  void aPageThatIsNotFullOrEndsTheTotalNeedsNoSecondRequest() throws Exception {
    serve((request, matching) -> CardResponse.builder(matching.subList(0, 3)).build());
    CliRun shortPage = check();
    assertThat(shortPage.exitCode()).as(shortPage.toString()).isZero();
    assertThat(orders.pagesAskedFor()).containsExactly(1);
    assertThat(shortPage.err()).contains("3 objects: no problems").doesNotContain("page=2");
    stop();

    // Full, but the total says there is no page after it, so the card offers none.
    serve((request, matching) -> CardResponse.builder(matching.subList(0, 10)).total(10).build());
    CliRun lastPage = check();
    assertThat(lastPage.exitCode()).as(lastPage.toString()).isZero();
    assertThat(orders.pagesAskedFor()).containsExactly(1);
  }

  @Test
  void rowsOnAPagePastTheTotalAreAProblem() throws Exception {
    serve((request, matching) -> CardResponse.builder(matching.subList(0, 10)).total(3).build());
    CliRun run = check("--property", "page=2");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines()).as(run.toString()).containsExactly(
        "$.total: [app-card] page 2 of pageSize 10 answered 10 rows and a total of 3, which fills only page 1, so the"
            + " card steps back to page 1 and never shows these rows; count the objects of all pages in total"
            + " (CardResponse.Builder.total in a crmcards handler), and answer no rows for a page past them");
    assertThat(orders.pagesAskedFor()).as("the total offers no page after it").containsExactly(2);
  }

  @Test
  void aTotalBeyondAnEmptyNextPageIsAProblem() throws Exception {
    serve((request, matching) -> CardResponse.builder(request.page() == 1 ? matching.subList(0, 10) : List.<Order>of())
        .total(matching.size())
        .build());
    CliRun run = check();
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines()).as(run.toString()).singleElement().asString().matches(
        "\\$\\.total: \\[app-card] counts \\d+ objects, more than the pages up to page 1 hold, so the card offers"
            + " page 2, but it answered no objects; count the objects of all pages in total, and answer each"
            + " page's rows");
    assertThat(run.err()).contains("with page=2").contains("-> HTTP 200 in ").contains(", 0 objects");
  }

  /** The orders card's handler with another fetch, which records the pages asked for. */
  private static final class PagingOrders implements OrderCrmCard.Handler {
    private final OrdersHandler orders;
    private final OrderBook book;
    private final BiFunction<FetchRequest, List<Order>, CardResponse<Order>> fetch;
    private final List<Integer> pages = new CopyOnWriteArrayList<>();

    PagingOrders(OrdersHandler orders, OrderBook book, BiFunction<FetchRequest, List<Order>, CardResponse<Order>> fetch) {
      this.orders = orders;
      this.book = book;
      this.fetch = fetch;
    }

    List<Integer> pagesAskedFor() {
      return List.copyOf(pages);
    }

    @Override
    public CardResponse<Order> fetch(FetchRequest request) {
      pages.add(request.page());
      return fetch.apply(request, book.matching(request.associatedObjectId(), request.search(), request.sort()));
    }

    @Override
    public OrderSummary summary(FetchRequest request) {
      return orders.summary(request);
    }

    @Override
    public ActionResult reschedule(ActionRequest request, long id, DeliveryChange form) {
      return orders.reschedule(request, id, form);
    }
  }
}

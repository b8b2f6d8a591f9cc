package dev.crmcards.benchmarks;

import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.TableParameters;
import dev.crmcards.benchmarks.dto.ActionDto;
import dev.crmcards.benchmarks.dto.IframeActionDto;
import dev.crmcards.benchmarks.table.OrderRowDto;
import dev.crmcards.benchmarks.table.OrderSummaryDto;
import dev.crmcards.benchmarks.table.TablePageDto;
import dev.crmcards.examples.orders.Order;
import dev.crmcards.examples.orders.OrderBook;
import dev.crmcards.examples.orders.OrderSummary;
import dev.crmcards.examples.orders.OrdersHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * The first page of the example's orders card at its largest, 100 rows, with its total and
 * summary: as the orders handler answers it, and mapped once to dsl-json's data classes (the
 * mapping is not measured, which favours dsl-json).
 */
final class TablePage {
  /** The page size of the benchmark's page: the most a TABLE page may have. */
  static final int PAGE_SIZE = 100;

  /** The fetch of company 53701's first page, as the card UI sends it. */
  static final String QUERY =
      "userId=12345&userEmail=loggedinuser@hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=COMPANY&portalId=987654&domain=example.com&page=1&pageSize="
          + PAGE_SIZE;

  final CardResponse<Order> response;
  final OrderSummary summary;

  TablePage() throws Exception {
    OrdersHandler handler = new OrdersHandler(new OrderBook());
    // The orders card's table parameters: 10 rows unless asked, sortable by three properties.
    FetchRequest request =
        FetchRequest.parse(QUERY, TableParameters.of(10, true, "placed", "items", "total"));
    response = handler.fetch(request);
    summary = handler.summary(request);
    if (response.results().size() != PAGE_SIZE) {
      throw new IllegalStateException("the page has " + response.results().size() + " rows");
    }
  }

  /** The same page as dsl-json's data classes. */
  TablePageDto dto() {
    TablePageDto page = new TablePageDto();
    page.results = new ArrayList<>(response.results().size());
    for (Order order : response.results()) {
      OrderRowDto row = new OrderRowDto();
      row.objectId = order.id();
      row.title = order.number();
      row.link = order.link() == null ? null : order.link().toString();
      row.placed = order.placed();
      row.customer = order.customer();
      row.items = Integer.toString(order.items());
      row.total = order.total().toPlainString();
      row.state = order.state().name();
      IframeActionDto view = new IframeActionDto();
      view.width = GuideDtos.IFRAME_WIDTH;
      view.height = GuideDtos.IFRAME_HEIGHT;
      view.uri = "https://www.example.com/shop/orders/" + order.number();
      view.label = "View order";
      ActionDto reschedule =
          GuideDtos.form(
              "reschedule", "POST", "https://www.example.com/orders/" + order.id() + "/delivery",
              "Reschedule delivery");
      row.actions = List.of(view, reschedule);
      page.results.add(row);
    }
    page.total = response.total().orElseThrow();
    page.summary = new OrderSummaryDto();
    page.summary.orders = Long.toString(summary.orders());
    page.summary.open = Long.toString(summary.open());
    page.summary.revenue = summary.revenue() == null ? null : summary.revenue().toPlainString();
    page.summary.perMonth = new ArrayList<>();
    for (OrderSummary.MonthCount bar : summary.perMonth()) {
      OrderSummaryDto.MonthCountDto point = new OrderSummaryDto.MonthCountDto();
      point.month = bar.month();
      point.orders = bar.orders();
      page.summary.perMonth.add(point);
    }
    return page;
  }
}

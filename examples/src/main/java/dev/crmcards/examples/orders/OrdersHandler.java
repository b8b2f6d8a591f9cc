package dev.crmcards.examples.orders;

import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.examples.orders.OrderSummary.MonthCount;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The orders card's server side: searches, sorts and pages a company's orders where they are,
 * and sums up what the search matched for the first page.
 */
public final class OrdersHandler implements OrderCrmCard.Handler {
  private final OrderBook book;

  public OrdersHandler(OrderBook book) {
    this.book = book;
  }

  /** One page of the orders the search matches, in the order asked for, with their number. */
  @Override
  public CardResponse<Order> fetch(FetchRequest request) {
    List<Order> matching = book.matching(request.associatedObjectId(), request.search(), request.sort());
    int from = (int) Math.min((long) (request.page() - 1) * request.pageSize(), matching.size());
    int to = Math.min(from + request.pageSize(), matching.size());
    return CardResponse.builder(matching.subList(from, to)).total(matching.size()).build();
  }

  /** The figures and the chart of the orders the search matches. */
  @Override
  public OrderSummary summary(FetchRequest request) {
    List<Order> matching = book.matching(request.associatedObjectId(), request.search(), Optional.empty());
    long open = 0;
    BigDecimal revenue = BigDecimal.ZERO;
    // Months as YearMonth, printed once per bar: printing every order's date to cut its month out
    // of the text was the largest cost of a first page.
    Map<YearMonth, Long> perMonth = new TreeMap<>();
    for (Order o : matching) {
      if (o.state() == OrderState.OPEN) {
        open++;
      }
      if (o.state() != OrderState.RETURNED) {
        revenue = revenue.add(o.total());
      }
      perMonth.merge(YearMonth.from(o.placed()), 1L, Long::sum);
    }
    List<MonthCount> bars = new ArrayList<>(perMonth.size());
    perMonth.forEach((month, count) -> bars.add(new MonthCount(month.toString(), count)));
    return new OrderSummary(matching.size(), open, revenue, bars);
  }
}

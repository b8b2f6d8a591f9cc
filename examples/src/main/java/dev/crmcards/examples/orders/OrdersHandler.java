package dev.crmcards.examples.orders;

import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.util.List;
import java.util.Optional;

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

  /**
   * The figures and the chart of the orders the search matches; without a search, of all the
   * company's orders, which the book keeps summed up beside them.
   */
  @Override
  public OrderSummary summary(FetchRequest request) {
    if (request.search().isEmpty()) {
      return book.summaryOf(request.associatedObjectId());
    }
    return OrderBook.summarize(
        book.matching(request.associatedObjectId(), request.search(), Optional.empty()));
  }
}

package dev.crmcards.examples.orders;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The orders card's server side: searches, sorts and pages a company's orders where they are,
 * and sums up what the search matched for the first page. It keeps each order's last delivery
 * change as received, so that its tests see the typed records.
 */
public final class OrdersHandler implements OrderCrmCard.Handler {
  private final OrderBook book;
  private final Map<Long, DeliveryChange> deliveryChanges = new ConcurrentHashMap<>();

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

  @Override
  public ActionResult reschedule(ActionRequest request, long id, DeliveryChange form) {
    deliveryChanges.put(id, form);
    return ActionResult.ok("Order " + id + " is delivered on " + form.deliverOn() + ".");
  }

  /** The last delivery change received for an order. */
  public Optional<DeliveryChange> deliveryChangeOf(long id) {
    return Optional.ofNullable(deliveryChanges.get(id));
  }
}

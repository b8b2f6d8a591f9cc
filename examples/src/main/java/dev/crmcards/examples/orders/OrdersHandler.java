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
  /** By company and order: two companies' order ids may be alike. */
  private final Map<List<Long>, DeliveryChange> deliveryChanges = new ConcurrentHashMap<>();

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
    // The id comes from the URL: only an order of the record the card shows may change.
    long company = request.associatedObjectId();
    if (book.of(company).stream().noneMatch(order -> order.id() == id)) {
      return ActionResult.error(404, "Order " + id + " is not one of this company's orders.");
    }
    deliveryChanges.put(List.of(company, id), form);
    return ActionResult.ok("Order " + id + " is delivered on " + form.deliverOn() + ".");
  }

  /** The last delivery change received for a company's order. */
  public Optional<DeliveryChange> deliveryChangeOf(long company, long id) {
    return Optional.ofNullable(deliveryChanges.get(List.of(company, id)));
  }
}

package dev.crmcards.examples.spring;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The card's handler, and all the code the starter needs: a bean implementing the generated
 * {@code InvoiceCrmCard.Handler}. Keeps a few invoices in memory.
 */
@Component
public class InvoiceBook implements InvoiceCrmCard.Handler {
  private final Map<Long, Invoice> invoices = new ConcurrentHashMap<>();

  public InvoiceBook() {
    add(new Invoice(1001, "Invoice 1001", new BigDecimal("1200.00"), LocalDate.of(2026, 12, 15),
        Invoice.Status.OPEN));
    add(new Invoice(1002, "Invoice 1002", new BigDecimal("80.50"), LocalDate.of(2026, 11, 30),
        Invoice.Status.PAID));
  }

  private void add(Invoice invoice) {
    invoices.put(invoice.number(), invoice);
  }

  /** The invoices, by number. */
  public List<Invoice> all() {
    return invoices.values().stream()
        .sorted((a, b) -> Long.compare(a.number(), b.number()))
        .toList();
  }

  @Override
  public CardResponse<Invoice> fetch(FetchRequest request) {
    return CardResponse.of(all());
  }

  @Override
  public ActionResult pay(ActionRequest request, long number) {
    return change(request, number, Invoice.Status.PAID, "marked paid");
  }

  @Override
  public ActionResult remind(ActionRequest request, long number) {
    if (!invoices.containsKey(number)) {
      return ActionResult.error(404, "There is no invoice " + number + ".");
    }
    return ActionResult.ok("Reminder for invoice " + number + " sent to " + domain(request) + ".");
  }

  @Override
  public ActionResult cancel(ActionRequest request, long number) {
    return change(request, number, Invoice.Status.CANCELLED, "cancelled");
  }

  private ActionResult change(
      ActionRequest request, long number, Invoice.Status status, String done) {
    Invoice invoice = invoices.get(number);
    if (invoice == null) {
      return ActionResult.error(404, "There is no invoice " + number + ".");
    }
    add(invoice.withStatus(status));
    return ActionResult.ok("Invoice " + number + " of " + domain(request) + " " + done + ".");
  }

  /** The company's domain, which HubSpot sends with every action (in the query or the body). */
  private static String domain(ActionRequest request) {
    return request.property("domain").orElse("an unknown company");
  }
}

package dev.crmcards.test;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardRequest;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A handler that remembers what reached it, and answers what the test sets. */
final class Invoices implements InvoiceCrmCard.Handler {
  final List<CardRequest> received = new CopyOnWriteArrayList<>();
  final List<Long> ids = new CopyOnWriteArrayList<>();
  final List<Credit> credits = new CopyOnWriteArrayList<>();
  volatile Function<Credit, ActionResult> creditAnswer = form -> ActionResult.ok("Credited " + form.amount() + ".");
  volatile List<Invoice> invoices =
      List.of(new Invoice(1001, "Invoice 1001", "https://billing.acme.test/invoices/1001", 420L, "OPEN"));

  @Override
  public CardResponse<Invoice> fetch(FetchRequest request) {
    received.add(request);
    return CardResponse.of(invoices);
  }

  @Override
  public ActionResult remind(ActionRequest request, long id) {
    received.add(request);
    ids.add(id);
    return ActionResult.ok("Reminder sent for " + id + ".");
  }

  @Override
  public ActionResult adjust(ActionRequest request, long id) {
    throw new IllegalStateException("the ledger is down: secret details");
  }

  @Override
  public ActionResult cancel(ActionRequest request, long id) {
    received.add(request);
    ids.add(id);
    return ActionResult.error(409, "Invoice " + id + " is paid.");
  }

  @Override
  public ActionResult credit(ActionRequest request, long id, Credit form) {
    received.add(request);
    ids.add(id);
    credits.add(form);
    return creditAnswer.apply(form);
  }
}

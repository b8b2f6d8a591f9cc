package dev.crmcards.load.rich;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardAction;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.HttpMethod;
import dev.crmcards.Property;
import dev.crmcards.StatusType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rich card's handler, written the way a handler over a database is: on every fetch it maps
 * the rows to new {@link Subscription}s, builds their per-object properties through the {@link
 * Property} factories, and adds actions that depend on each object and on the whole answer. Its
 * links are text, as the rows hold them, so it uses the factories that take a URL's text; a
 * {@code java.net.URI} per link would cost about as much again as the rest of the handler.
 */
public final class SubscriptionHandler implements SubscriptionCrmCard.Handler {
  private static final String BILLING = "https://billing.example.com/";

  @Override
  public CardResponse<Subscription> fetch(FetchRequest request) {
    List<SubscriptionRow> rows = SubscriptionBook.ROWS;
    List<Subscription> subscriptions = new ArrayList<>(rows.size());
    boolean anyPastDue = false;
    for (SubscriptionRow row : rows) {
      Subscription subscription = toCard(row);
      subscriptions.add(subscription);
      anyPastDue |= subscription.state() == SubscriptionState.PAST_DUE;
    }
    CardResponse.Builder<Subscription> response = CardResponse.builder(subscriptions);
    for (Subscription subscription : subscriptions) {
      if (subscription.state() == SubscriptionState.TRIAL) {
        response.addObjectAction(
            subscription,
            CardAction.iframe(
                "Upgrade", BILLING + "upgrade/" + subscription.id(), 640, 480));
      }
    }
    if (anyPastDue) {
      response.addSecondaryAction(
          CardAction.actionHook(
              "Send reminders", HttpMethod.POST, BILLING + "reminders"));
    }
    return response.build();
  }

  private static Subscription toCard(SubscriptionRow row) {
    List<Property> details =
        List.of(
            Property.numeric("Discount %", row.discountPercent()),
            Property.currency("Balance", BigDecimal.valueOf(row.balanceCents(), 2), row.currency()),
            Property.date("Renews", LocalDate.ofEpochDay(row.renewsEpochDay())),
            Property.datetime("Last login", Instant.ofEpochMilli(row.lastLoginMillis())),
            Property.email("Account manager", row.accountManager()),
            Property.link(
                "Contract",
                BILLING + "contracts/" + row.contract(),
                "Contract " + row.contract()),
            row.paid()
                ? Property.status("Payment", "Paid", StatusType.SUCCESS)
                : Property.status("Payment", "Überfällig", StatusType.DANGER),
            Property.string("Region", row.region()));
    return new Subscription(
        row.id(),
        row.customer() + " — " + row.plan(),
        BILLING + "subscriptions/" + row.id(),
        BigDecimal.valueOf(row.feeCents(), 2),
        row.seats(),
        row.usage(),
        LocalDate.ofEpochDay(row.startedEpochDay()),
        Instant.ofEpochMilli(row.lastInvoiceMillis()),
        row.billingContact(),
        BILLING + "invoices/" + row.invoiceNumber(),
        SubscriptionState.valueOf(row.state()),
        row.note(),
        details);
  }

  @Override
  public ActionResult renew(ActionRequest request, long id) {
    return ActionResult.ok("Subscription " + id + " renewed.");
  }

  @Override
  public ActionResult cancel(ActionRequest request, long id) {
    return ActionResult.ok("Subscription " + id + " cancelled.");
  }
}

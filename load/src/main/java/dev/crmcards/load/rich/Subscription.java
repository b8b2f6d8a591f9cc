package dev.crmcards.load.rich;

import static dev.crmcards.ActionPlacement.PRIMARY;
import static dev.crmcards.ActionPlacement.SETTINGS;
import static dev.crmcards.ActionType.ACTION_HOOK;
import static dev.crmcards.ActionType.CONFIRMATION_ACTION_HOOK;
import static dev.crmcards.ActionType.IFRAME;

import dev.crmcards.Action;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.ExtraProperties;
import dev.crmcards.HttpMethod;
import dev.crmcards.Link;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.Property;
import dev.crmcards.PropertyType;
import dev.crmcards.StatusOption;
import dev.crmcards.StatusType;
import dev.crmcards.Title;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A card as users write one, for {@code load/run.sh}'s "rich card" scenario: every property type,
 * per-object properties, text with accents, quotes and line breaks, actions shown only on some
 * objects. Its handler ({@link SubscriptionHandler}) builds the answer anew on every request.
 */
@CrmCard(
    name = "subscriptions",
    title = "Subscriptions",
    targetUrl = "https://www.example.com/subscriptions",
    objectTypes =
        @ObjectType(
            value = CrmObjectType.CONTACTS,
            propertiesToSend = {"firstname", "email", "lastname"}))
@Action(
    id = "open",
    type = IFRAME,
    label = "Open",
    uri = "https://billing.example.com/subscriptions/{id}",
    width = 800,
    height = 600)
@Action(
    id = "renew",
    type = ACTION_HOOK,
    label = "Renew",
    method = HttpMethod.POST,
    uri = "https://billing.example.com/subscriptions/{id}/renew",
    when = "renewable")
@Action(
    id = "cancel",
    type = CONFIRMATION_ACTION_HOOK,
    label = "Cancel",
    method = HttpMethod.DELETE,
    uri = "https://billing.example.com/subscriptions/{id}",
    associatedObjectProperties = "email",
    when = "cancellable",
    confirmationMessage = "Cancel this subscription? Its add-ons (« extras ») end with it.",
    confirmButtonText = "Cancel it",
    cancelButtonText = "Keep it")
@Action(
    id = "newSubscription",
    type = IFRAME,
    label = "New subscription",
    uri = "https://billing.example.com/subscriptions/new",
    placement = PRIMARY)
@Action(
    id = "settings",
    type = IFRAME,
    label = "Billing settings",
    uri = "https://billing.example.com/settings",
    placement = SETTINGS)
public record Subscription(
    @ObjectId long id,
    @Title String title,
    @Link String page,
    @CardProperty(label = "Monthly fee", type = PropertyType.CURRENCY) BigDecimal monthlyFee,
    @CardProperty(label = "Seats", type = PropertyType.NUMERIC) int seats,
    @CardProperty(label = "Usage", type = PropertyType.NUMERIC) double usage,
    @CardProperty(label = "Started", type = PropertyType.DATE) LocalDate started,
    @CardProperty(name = "last_invoice", label = "Last invoice", type = PropertyType.DATETIME)
        Instant lastInvoice,
    @CardProperty(name = "billing_contact", label = "Billing contact", type = PropertyType.EMAIL)
        String billingContact,
    @CardProperty(label = "Invoice", type = PropertyType.LINK) String invoice,
    @CardProperty(
            label = "State",
            type = PropertyType.STATUS,
            options = {
              @StatusOption(name = "ACTIVE", label = "Active", type = StatusType.SUCCESS),
              @StatusOption(name = "TRIAL", label = "Trial", type = StatusType.INFO),
              @StatusOption(name = "PAST_DUE", label = "Past due", type = StatusType.DANGER),
              @StatusOption(name = "CANCELLED", label = "Cancelled")
            })
        SubscriptionState state,
    @CardProperty(label = "Note") String note,
    @ExtraProperties List<Property> details) {

  /** Active and past-due subscriptions can be renewed. */
  boolean renewable() {
    return state == SubscriptionState.ACTIVE || state == SubscriptionState.PAST_DUE;
  }

  /** Anything not cancelled yet can be cancelled. */
  boolean cancellable() {
    return state != SubscriptionState.CANCELLED;
  }
}

package dev.crmcards.examples.spring;

import static dev.crmcards.ActionType.ACTION_HOOK;
import static dev.crmcards.ActionType.CONFIRMATION_ACTION_HOOK;
import static dev.crmcards.PropertyType.DATE;
import static dev.crmcards.PropertyType.NUMERIC;
import static dev.crmcards.PropertyType.STATUS;

import dev.crmcards.Action;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.HttpMethod;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.StatusOption;
import dev.crmcards.StatusType;
import dev.crmcards.Title;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice, shown on company records: the card a billing application adds to HubSpot. */
@CrmCard(
    name = "invoices",
    title = "Invoices",
    targetUrl = "https://billing.example.com/hubspot/invoices",
    objectTypes = @ObjectType(value = CrmObjectType.COMPANIES, propertiesToSend = "domain"))
@Action(
    id = "pay",
    type = ACTION_HOOK,
    label = "Mark paid",
    method = HttpMethod.PUT,
    uri = "https://billing.example.com/hubspot/invoices/{number}/paid",
    associatedObjectProperties = "domain",
    when = "open")
@Action(
    id = "remind",
    type = ACTION_HOOK,
    label = "Send a reminder",
    uri = "https://billing.example.com/hubspot/invoices/{number}/reminders",
    associatedObjectProperties = "domain",
    when = "open")
@Action(
    id = "cancel",
    type = CONFIRMATION_ACTION_HOOK,
    label = "Cancel",
    method = HttpMethod.DELETE,
    uri = "https://billing.example.com/hubspot/invoices/{number}",
    associatedObjectProperties = "domain",
    confirmationMessage = "Cancel this invoice?",
    confirmButtonText = "Cancel it",
    cancelButtonText = "Keep it",
    when = "open")
public record Invoice(
    @ObjectId long number,
    @Title String title,
    @CardProperty(label = "Amount", type = NUMERIC) BigDecimal amount,
    @CardProperty(label = "Due", type = DATE) LocalDate due,
    @CardProperty(
            label = "Status",
            type = STATUS,
            options = {
              @StatusOption(name = "OPEN", label = "Open", type = StatusType.WARNING),
              @StatusOption(name = "PAID", label = "Paid", type = StatusType.SUCCESS),
              @StatusOption(name = "CANCELLED", label = "Cancelled", type = StatusType.DEFAULT)
            })
        Status status) {

  /** Where an invoice stands. */
  public enum Status {
    OPEN,
    PAID,
    CANCELLED
  }

  boolean open() {
    return status == Status.OPEN;
  }

  Invoice withStatus(Status newStatus) {
    return new Invoice(number, title, amount, due, newStatus);
  }
}

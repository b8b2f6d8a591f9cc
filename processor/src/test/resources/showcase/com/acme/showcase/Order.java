package com.acme.showcase;

import dev.crmcards.Action;
import dev.crmcards.ActionPlacement;
import dev.crmcards.ActionType;
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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A card that uses every property type, action type and placement. */
@CrmCard(
    title = "Orders",
    targetUrl = "${shopBase}/hubspot/orders",
    objectTypes = {
      @ObjectType(value = CrmObjectType.DEALS, propertiesToSend = {"dealname", "amount"}),
      @ObjectType(CrmObjectType.COMPANIES),
      @ObjectType(value = CrmObjectType.TICKETS, propertiesToSend = "subject")
    })
@Action(
    id = "open",
    type = ActionType.IFRAME,
    label = "Open order",
    uri = "${shopBase}/ui/orders/{number}",
    width = 640,
    height = 480,
    associatedObjectProperties = "dealname")
@Action(
    id = "ship",
    type = ActionType.ACTION_HOOK,
    label = "Ship",
    method = HttpMethod.PATCH,
    uri = "${shopBase}/hubspot/orders/{number}/ship",
    when = "shippable")
@Action(
    id = "cancel",
    type = ActionType.CONFIRMATION_ACTION_HOOK,
    label = "Cancel order",
    method = HttpMethod.DELETE,
    uri = "${shopBase}/hubspot/orders/{number}",
    associatedObjectProperties = {"dealname", "amount"},
    confirmationMessage = "Cancel this order?",
    confirmButtonText = "Cancel it",
    cancelButtonText = "Keep it")
@Action(
    id = "newOrder",
    type = ActionType.IFRAME,
    label = "New order",
    uri = "https://ui.shop.example.com/orders/new",
    placement = ActionPlacement.PRIMARY)
@Action(
    id = "settings",
    type = ActionType.IFRAME,
    label = "Shop settings",
    uri = "https://ui.shop.example.com/settings",
    placement = ActionPlacement.SETTINGS)
@Action(
    id = "resync",
    type = ActionType.ACTION_HOOK,
    label = "Resync",
    uri = "${shopBase}/hubspot/resync",
    placement = ActionPlacement.SECONDARY)
public record Order(
    @ObjectId long number,
    @Title String summary,
    @Link URI page,
    @CardProperty(label = "Total", type = PropertyType.CURRENCY) BigDecimal total,
    @CardProperty(name = "ordered_on", label = "Ordered on", type = PropertyType.DATE) LocalDate orderedOn,
    @CardProperty(label = "Last change", type = PropertyType.DATETIME) Instant changedAt,
    @CardProperty(label = "Buyer", type = PropertyType.EMAIL) String buyer,
    @CardProperty(label = "Tracking", type = PropertyType.LINK) URI tracking,
    @CardProperty(label = "Items", type = PropertyType.NUMERIC) int items,
    @CardProperty(
            label = "Severity",
            type = PropertyType.STATUS,
            options = {
              @StatusOption(name = "CRITICAL", label = "Critical", type = StatusType.DANGER),
              @StatusOption(name = "MAJOR", label = "Major", type = StatusType.WARNING),
              @StatusOption(name = "MINOR", type = StatusType.INFO)
            })
        Severity severity,
    @CardProperty(
            name = "fulfilment",
            label = "Fulfilment",
            type = PropertyType.STATUS,
            options = {
              @StatusOption(name = "waiting", label = "Waiting"),
              @StatusOption(name = "shipped", label = "Shipped", type = StatusType.SUCCESS)
            })
        String fulfilmentState,
    @CardProperty(label = "Note") String note,
    @ExtraProperties List<Property> extras) {

  boolean shippable() {
    return "waiting".equals(fulfilmentState);
  }
}

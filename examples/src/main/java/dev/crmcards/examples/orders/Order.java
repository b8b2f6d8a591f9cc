package dev.crmcards.examples.orders;

import static dev.crmcards.ActionType.FORM;
import static dev.crmcards.ActionType.IFRAME;
import static dev.crmcards.PropertyType.CURRENCY;
import static dev.crmcards.PropertyType.DATE;
import static dev.crmcards.PropertyType.NUMERIC;
import static dev.crmcards.PropertyType.STATUS;
import static dev.crmcards.StatusType.DANGER;
import static dev.crmcards.StatusType.SUCCESS;
import static dev.crmcards.StatusType.WARNING;

import dev.crmcards.Action;
import dev.crmcards.CardLayout;
import dev.crmcards.CardLocation;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.Link;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.StatusOption;
import dev.crmcards.Title;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/**
 * A company's orders as a table beyond the legacy card's five tiles: on the record's own tab and
 * in its sidebar, ten rows a page, searchable by number and customer, sortable by date, total
 * and items, with the order figures and a chart of orders per month above it. Each order's
 * delivery can be rescheduled in a form.
 */
@CrmCard(
    name = "orders",
    title = "Orders",
    targetUrl = "https://www.example.com/orders",
    objectTypes = @ObjectType(value = CrmObjectType.COMPANIES, propertiesToSend = "domain"),
    locations = {CardLocation.RECORD_TAB, CardLocation.RECORD_SIDEBAR},
    layout = CardLayout.TABLE,
    pageSize = 10,
    searchable = true,
    summary = OrderSummary.class)
@Action(id = "view", type = IFRAME, label = "View order", uri = "https://www.example.com/shop/orders/{number}")
@Action(
    id = "reschedule",
    type = FORM,
    label = "Reschedule delivery",
    form = DeliveryChange.class,
    uri = "https://www.example.com/orders/{id}/delivery")
public record Order(
    @ObjectId long id,
    @Title String number,
    @Link URI link,
    @CardProperty(label = "Placed", type = DATE, sortable = true) LocalDate placed,
    @CardProperty(label = "Customer") String customer,
    @CardProperty(label = "Items", type = NUMERIC, sortable = true) int items,
    @CardProperty(label = "Total", type = CURRENCY, currencyCode = "EUR", sortable = true) BigDecimal total,
    @CardProperty(
            label = "State",
            type = STATUS,
            options = {
              @StatusOption(name = "OPEN", label = "Open", type = WARNING),
              @StatusOption(name = "SHIPPED", label = "Shipped", type = SUCCESS),
              @StatusOption(name = "RETURNED", label = "Returned", type = DANGER)
            })
        OrderState state) {}

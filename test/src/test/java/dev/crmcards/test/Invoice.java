package dev.crmcards.test;

import static dev.crmcards.ActionType.ACTION_HOOK;
import static dev.crmcards.ActionType.CONFIRMATION_ACTION_HOOK;
import static dev.crmcards.ActionType.FORM;
import static dev.crmcards.CrmObjectType.COMPANIES;
import static dev.crmcards.CrmObjectType.DEALS;

import dev.crmcards.Action;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.HttpMethod;
import dev.crmcards.Link;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.PropertyType;
import dev.crmcards.StatusOption;
import dev.crmcards.StatusType;
import dev.crmcards.Title;

/** The card the tester's own tests run against. */
@CrmCard(
    title = "Invoices",
    targetUrl = "https://billing.acme.test/hubspot/invoices",
    objectTypes = {
      @ObjectType(value = COMPANIES, propertiesToSend = "domain"),
      @ObjectType(DEALS)
    })
@Action(id = "remind", type = ACTION_HOOK, label = "Remind",
    uri = "https://billing.acme.test/hubspot/invoices/{id}/remind",
    associatedObjectProperties = "domain")
@Action(id = "adjust", type = ACTION_HOOK, label = "Adjust", method = HttpMethod.PUT,
    uri = "https://billing.acme.test/hubspot/invoices/{id}/amount")
@Action(id = "cancel", type = CONFIRMATION_ACTION_HOOK, label = "Cancel", method = HttpMethod.DELETE,
    uri = "https://billing.acme.test/hubspot/invoices/{id}",
    associatedObjectProperties = "domain",
    confirmationMessage = "Cancel this invoice?", confirmButtonText = "Yes", cancelButtonText = "No")
@Action(id = "credit", type = FORM, label = "Credit", form = Credit.class, method = HttpMethod.PATCH,
    uri = "https://billing.acme.test/hubspot/invoices/{id}/credit")
record Invoice(
    @ObjectId long id,
    @Title String title,
    @Link String link,
    @CardProperty(label = "Total", type = PropertyType.NUMERIC) Long total,
    @CardProperty(label = "State", type = PropertyType.STATUS, options = {
        @StatusOption(name = "OPEN", label = "Open", type = StatusType.WARNING),
        @StatusOption(name = "PAID", label = "Paid", type = StatusType.SUCCESS)}) String state) {}

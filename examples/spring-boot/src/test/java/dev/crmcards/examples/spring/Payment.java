package dev.crmcards.examples.spring;

import static dev.crmcards.PropertyType.NUMERIC;

import dev.crmcards.CardLayout;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.Title;

/**
 * A payment received from a company, as a table paged, sorted by amount and searched on the
 * server: a TABLE card served by the starter beside the application's invoices, in its tests.
 */
@CrmCard(
    name = "payments",
    title = "Payments",
    targetUrl = HubSpotClient.CARD_ORIGIN + "/hubspot/payments",
    objectTypes = @ObjectType(CrmObjectType.COMPANIES),
    layout = CardLayout.TABLE,
    pageSize = 10,
    searchable = true,
    summary = PaymentSummary.class)
record Payment(
    @ObjectId long id,
    @Title String reference,
    @CardProperty(label = "Payer") String payer,
    @CardProperty(label = "Amount (EUR)", type = NUMERIC, sortable = true) int amount) {}

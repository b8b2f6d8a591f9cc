package dev.crmcards.examples;

import dev.crmcards.CardLayout;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.Title;

/**
 * A company's shipments as a table that neither searches nor sorts, served beside the orders card
 * in its tests: the parameters a TABLE does not use are ignored ({@code q}) or refused ({@code
 * sort}) as for any card, whatever the orders card accepts.
 */
@CrmCard(
    name = "shipments",
    title = "Shipments",
    targetUrl = "https://www.example.com/shipments",
    objectTypes = @ObjectType(CrmObjectType.COMPANIES),
    layout = CardLayout.TABLE)
record Shipment(@ObjectId long id, @Title String number, @CardProperty(label = "Carrier") String carrier) {}

package dev.crmcards.test;

import static dev.crmcards.CrmObjectType.DEALS;

import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.Title;

/** A second card, to test several cards behind one tester. */
@CrmCard(title = "Payments", targetUrl = "https://billing.acme.test/hubspot/payments", objectTypes = @ObjectType(DEALS))
record Payment(@ObjectId long id, @Title String title, @CardProperty(label = "Method") String method) {}

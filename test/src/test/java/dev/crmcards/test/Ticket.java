package dev.crmcards.test;

import static dev.crmcards.CrmObjectType.TICKETS;

import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.ExtraProperties;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.Property;
import dev.crmcards.PropertyType;
import dev.crmcards.StatusOption;
import dev.crmcards.StatusType;
import dev.crmcards.Title;
import java.util.List;

/** A card whose objects carry properties of their own, a per-object STATUS among them. */
@CrmCard(title = "Tickets", targetUrl = "https://help.acme.test/hubspot/tickets", objectTypes = @ObjectType(TICKETS))
record Ticket(
    @ObjectId long id,
    @Title String title,
    @CardProperty(label = "Priority", type = PropertyType.STATUS, options = {
        @StatusOption(name = "HIGH", label = "High", type = StatusType.DANGER),
        @StatusOption(name = "LOW", label = "Low", type = StatusType.SUCCESS)}) String priority,
    @ExtraProperties List<Property> properties) {}

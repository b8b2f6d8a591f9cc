package com.acme.views;

import dev.crmcards.CardLayout;
import dev.crmcards.CardLocation;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.Link;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.PropertyType;
import dev.crmcards.StatusOption;
import dev.crmcards.StatusType;
import dev.crmcards.Title;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/** A TABLE card on two locations, searchable, with sortable columns and a summary. */
@CrmCard(
    title = "Deliveries",
    targetUrl = "https://shop.example.com/hubspot/deliveries",
    objectTypes = @ObjectType(value = CrmObjectType.COMPANIES, propertiesToSend = "domain"),
    locations = {CardLocation.RECORD_TAB, CardLocation.PREVIEW},
    layout = CardLayout.TABLE,
    pageSize = 25,
    searchable = true,
    summary = DeliverySummary.class)
public record Delivery(
    @ObjectId long id,
    @Title String number,
    @Link URI link,
    @CardProperty(label = "Shipped", type = PropertyType.DATE, sortable = true) LocalDate shipped,
    @CardProperty(name = "weight_kg", label = "Weight", type = PropertyType.NUMERIC, sortable = true) BigDecimal weight,
    @CardProperty(label = "Carrier") String carrier,
    @CardProperty(label = "State", type = PropertyType.STATUS, options = {
        @StatusOption(name = "ON_ROAD", label = "On the road", type = StatusType.WARNING),
        @StatusOption(name = "DELIVERED", label = "Delivered", type = StatusType.SUCCESS)}) String state) {}

package dev.crmcards.test;

import static dev.crmcards.CrmObjectType.DEALS;

import dev.crmcards.CardLayout;
import dev.crmcards.CardLocation;
import dev.crmcards.CardProperty;
import dev.crmcards.Chart;
import dev.crmcards.ChartType;
import dev.crmcards.CrmCard;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.PropertyType;
import dev.crmcards.Statistic;
import dev.crmcards.Title;
import java.time.LocalDate;
import java.util.List;

/** A TABLE card with a summary, to judge TABLE answers. */
@CrmCard(
    title = "Shipments",
    targetUrl = "https://billing.acme.test/hubspot/shipments",
    objectTypes = @ObjectType(DEALS),
    locations = CardLocation.RECORD_TAB,
    layout = CardLayout.TABLE,
    pageSize = 20,
    summary = Shipment.Totals.class)
record Shipment(
    @ObjectId long id,
    @Title String title,
    @CardProperty(label = "Sent", type = PropertyType.DATE, sortable = true) LocalDate sent) {

  record Totals(
      @Statistic(label = "Shipments") long count,
      @Chart(label = "Per day", type = ChartType.LINE, x = "day", y = "count") List<DayCount> perDay) {}

  record DayCount(LocalDate day, long count) {}
}

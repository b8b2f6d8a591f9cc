package com.acme.views;

import dev.crmcards.Chart;
import dev.crmcards.ChartType;
import dev.crmcards.PropertyType;
import dev.crmcards.Statistic;
import java.math.BigDecimal;
import java.util.List;

/** Every kind of figure, and a chart of each axis type. */
public record DeliverySummary(
    @Statistic(label = "On the road") long onRoad,
    @Statistic(label = "Late") Integer late,
    @Statistic(label = "Share on time") double onTime,
    @Statistic(label = "Freight", type = PropertyType.CURRENCY, currencyCode = "EUR") BigDecimal freight,
    @Chart(label = "Per carrier", type = ChartType.BAR, x = "carrier", y = "count") List<CarrierCount> perCarrier,
    @Chart(label = "Per day", type = ChartType.LINE, x = "day", y = "weight") List<DayWeight> perDay,
    @Chart(label = "Speed", type = ChartType.BAR, x = "route", y = "kmh") List<RouteSpeed> speeds) {

  public record CarrierCount(String carrier, long count) {}

  public record DayWeight(java.time.LocalDate day, BigDecimal weight) {}

  public record RouteSpeed(String route, double kmh) {}
}

package dev.crmcards.examples.orders;

import dev.crmcards.Chart;
import dev.crmcards.ChartType;
import dev.crmcards.PropertyType;
import dev.crmcards.Statistic;
import java.math.BigDecimal;
import java.util.List;

/** The figures and the chart above a company's orders: of the orders the search matches. */
public record OrderSummary(
    @Statistic(label = "Orders") long orders,
    @Statistic(label = "Open orders") long open,
    @Statistic(label = "Revenue", type = PropertyType.CURRENCY, currencyCode = "EUR") BigDecimal revenue,
    @Chart(label = "Orders per month", type = ChartType.BAR, x = "month", y = "orders") List<MonthCount> perMonth) {

  /** One bar of the chart: the month ({@code 2026-03}) and its number of orders. */
  public record MonthCount(String month, long orders) {}
}

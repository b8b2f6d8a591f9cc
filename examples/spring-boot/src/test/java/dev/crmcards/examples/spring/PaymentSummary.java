package dev.crmcards.examples.spring;

import dev.crmcards.Chart;
import dev.crmcards.ChartType;
import dev.crmcards.Statistic;
import java.util.List;

/** The figures and the chart above the payments the search matches. */
record PaymentSummary(
    @Statistic(label = "Payments") long payments,
    @Statistic(label = "Received (EUR)") long received,
    @Chart(label = "Payments per payer", type = ChartType.BAR, x = "payer", y = "payments")
        List<PayerCount> perPayer) {

  /** One bar of the chart: a payer and the number of its payments. */
  record PayerCount(String payer, long payments) {}
}

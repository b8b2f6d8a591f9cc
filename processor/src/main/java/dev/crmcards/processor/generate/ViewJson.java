package dev.crmcards.processor.generate;

import dev.crmcards.CardLocation;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.ChartModel;
import dev.crmcards.processor.model.StatisticModel;
import dev.crmcards.processor.model.SummaryModel;
import dev.crmcards.processor.model.ViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The card's view for crmcards' app card ({@code META-INF/crmcards/views/<name>.json}): layout and
 * locations, for a TABLE its page size, search box and sortable columns, the currency codes of
 * CURRENCY properties (which the definition cannot carry), the summary's shape, and the inputs of
 * its forms ({@link FormsJson}).
 * Columns themselves are the definition's display properties and are not repeated. Optional keys
 * are left out when unset, so the same card always prints the same bytes.
 */
public final class ViewJson {
  private ViewJson() {}

  public static String of(CardModel card) {
    ViewModel view = card.view();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("card", card.name());
    root.put("layout", view.layout().name());
    List<Object> locations = new ArrayList<>();
    for (CardLocation l : view.locations()) {
      locations.add(l.name());
    }
    root.put("locations", locations);
    if (view.isTable()) {
      root.put("pageSize", view.pageSize());
      root.put("searchable", view.searchable());
      root.put("sortable", view.sortable());
    }
    if (!view.currencyCodes().isEmpty()) {
      root.put("currencyCodes", view.currencyCodes());
    }
    if (view.hasSummary()) {
      root.put("summary", summary(view.summary()));
    }
    if (FormsJson.hasForms(card)) {
      root.put("forms", FormsJson.of(card));
    }
    return PrettyJson.print(root);
  }

  private static Map<String, Object> summary(SummaryModel summary) {
    List<Object> statistics = new ArrayList<>();
    for (StatisticModel s : summary.statistics()) {
      Map<String, Object> statistic = new LinkedHashMap<>();
      statistic.put("name", s.name());
      statistic.put("label", s.label());
      statistic.put("type", s.type());
      if (s.currencyCode() != null) {
        statistic.put("currencyCode", s.currencyCode());
      }
      statistics.add(statistic);
    }
    List<Object> charts = new ArrayList<>();
    for (ChartModel c : summary.charts()) {
      Map<String, Object> chart = new LinkedHashMap<>();
      chart.put("name", c.name());
      chart.put("label", c.label());
      chart.put("type", c.type().name());
      chart.put("x", c.x().propertyName());
      chart.put("xType", c.xType());
      chart.put("y", c.y().propertyName());
      charts.add(chart);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("statistics", statistics);
    json.put("charts", charts);
    return json;
  }
}

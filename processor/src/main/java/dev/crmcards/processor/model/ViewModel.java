package dev.crmcards.processor.model;

import dev.crmcards.CardLayout;
import dev.crmcards.CardLocation;
import java.util.List;
import java.util.Map;

/**
 * How crmcards' app card shows a card (API.md §9): its layout and locations, for a TABLE the page
 * size, the search box and the sortable columns (wire names, in declaration order), the currency
 * code of each CURRENCY property that has one (by wire name, in declaration order; the definition
 * has no place for it), and the summary when the card has one.
 */
public record ViewModel(
    CardLayout layout,
    List<CardLocation> locations,
    int pageSize,
    boolean searchable,
    List<String> sortable,
    Map<String, String> currencyCodes,
    SummaryModel summary) {

  public boolean isTable() {
    return layout == CardLayout.TABLE;
  }

  public boolean hasSummary() {
    return summary != null;
  }
}

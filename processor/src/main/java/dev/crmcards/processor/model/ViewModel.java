package dev.crmcards.processor.model;

import dev.crmcards.CardLayout;
import dev.crmcards.CardLocation;
import java.util.List;

/**
 * How crmcards' app card shows a card (API.md §9): its layout and locations, for a TABLE the page
 * size, the search box and the sortable columns (wire names, in declaration order), and the
 * summary when the card has one.
 */
public record ViewModel(
    CardLayout layout,
    List<CardLocation> locations,
    int pageSize,
    boolean searchable,
    List<String> sortable,
    SummaryModel summary) {

  public boolean isTable() {
    return layout == CardLayout.TABLE;
  }

  public boolean hasSummary() {
    return summary != null;
  }
}

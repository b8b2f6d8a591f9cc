package dev.crmcards;

import dev.crmcards.rules.CardViews;
import java.util.List;
import java.util.Objects;

/**
 * What the data fetch of a TABLE card accepts beyond the legacy parameters (API.md §9): the rows
 * per page when the request names none, the properties it may be sorted by, and whether it reads
 * a search text. Generated card classes pass it with their fetch route, so that {@code page},
 * {@code pageSize}, {@code sort} and {@code q} are read and checked before the handler runs.
 *
 * @param pageSize the card's {@code pageSize}, {@value CardViews#MIN_PAGE_SIZE} to {@value
 *     CardViews#MAX_PAGE_SIZE}
 * @param searchable whether the card has a search box; if not, {@code q} is ignored
 * @param sortable the wire names of the sortable properties, in declaration order
 */
public record TableParameters(int pageSize, boolean searchable, List<String> sortable) {
  public TableParameters {
    if (pageSize < CardViews.MIN_PAGE_SIZE || pageSize > CardViews.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(CardViews.PAGE_SIZE_PROBLEM + ": " + pageSize);
    }
    sortable = List.copyOf(Objects.requireNonNull(sortable, "sortable"));
  }

  /** The parameters of a card with {@code pageSize} rows per page, sortable by {@code sortable}. */
  public static TableParameters of(int pageSize, boolean searchable, String... sortable) {
    return new TableParameters(pageSize, searchable, List.of(sortable));
  }
}

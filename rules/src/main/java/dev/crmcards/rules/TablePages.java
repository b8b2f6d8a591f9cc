package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

/**
 * How a TABLE's {@code total} and its pages relate, as the card UI pages them (card-ui
 * tableQuery.ts: it offers the pages the total fills and steps back from a page past them). The
 * runtime's log warning and {@code check}'s finding both judge a page by these.
 */
public final class TablePages {
  private TablePages() {}

  /** The pages a total fills at {@code pageSize} rows a page: never fewer than one. */
  @From(value = APP_CARD, source = "crmcards' card UI tableQuery.ts pageCount, pageInRange")
  public static long filledBy(double total, int pageSize) {
    return Math.max(1, (long) Math.ceil(total / pageSize));
  }

  /** The objects on pages 1 to {@code page} when page {@code page} holds {@code rows} rows. */
  @From(value = APP_CARD, source = "crmcards' card UI tableQuery.ts pageCount, pageInRange")
  public static long objectsThrough(int page, int pageSize, int rows) {
    return (long) (page - 1) * pageSize + rows;
  }

  /**
   * Whether {@code total} counts fewer objects than page {@code page} reaches, so that the card
   * cannot offer every object up to it. A page without rows has nothing to contradict.
   */
  @From(value = APP_CARD, source = "crmcards' card UI tableQuery.ts pageCount, pageInRange")
  public static boolean totalTooSmall(double total, int page, int pageSize, int rows) {
    return rows > 0 && total < objectsThrough(page, pageSize, rows);
  }
}

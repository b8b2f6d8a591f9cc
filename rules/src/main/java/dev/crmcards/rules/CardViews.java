package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

import java.util.List;

/**
 * How crmcards' app card shows a card beyond HubSpot's legacy tiles: its layouts, the locations
 * it is placed in, the paging, sorting and search parameters of a TABLE's data fetch, and the
 * keys a TABLE answer adds. These are crmcards' own wire between its card UI and its server;
 * legacy clients never send or read them (API.md §9).
 */
public final class CardViews {
  private CardViews() {}

  /** The legacy look: at most {@link Limits#OBJECTS_SHOWN} tiles. */
  public static final String TILES = "TILES";

  /** HubSpot's Table, paged, sorted and searched on the server. */
  public static final String TABLE = "TABLE";

  @From(value = APP_CARD, source = "API.md §9 CardLayout")
  public static final List<String> LAYOUTS = List.of(TILES, TABLE);

  /** Each card location under crmcards' name (the {@code CardLocation} constant) and HubSpot's. */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §12 card locations; API.md §9 CardLocation")
  public static final List<Location> LOCATIONS =
      List.of(
          new Location("RECORD_SIDEBAR", AppProjects.RECORD_SIDEBAR),
          new Location("RECORD_TAB", "crm.record.tab"),
          new Location("PREVIEW", "crm.preview"),
          new Location("HELPDESK_SIDEBAR", AppProjects.HELPDESK_SIDEBAR));

  /** Where a card is placed when it names no location. */
  @From(value = APP_CARD, source = "API.md §9 CrmCard.locations")
  public static final String DEFAULT_LOCATION = "RECORD_SIDEBAR";

  /** The location only a card on tickets may name (its help desk twin). */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout; API.md §9 CardLocation")
  public static final String TICKETS_ONLY_LOCATION = "HELPDESK_SIDEBAR";

  /** The fewest rows a TABLE page may have. */
  @From(value = APP_CARD, source = "API.md §9 pageSize")
  public static final int MIN_PAGE_SIZE = 1;

  /** The most rows a TABLE page may have. */
  @From(value = APP_CARD, source = "API.md §9 pageSize")
  public static final int MAX_PAGE_SIZE = 100;

  /** The rows of a TABLE page when the card names no page size. */
  @From(value = APP_CARD, source = "API.md §9 pageSize")
  public static final int DEFAULT_PAGE_SIZE = 10;

  /** The page asked for, 1-based; 1 when not sent. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final String PAGE = "page";

  /** The rows per page asked for, {@link #MIN_PAGE_SIZE} to {@link #MAX_PAGE_SIZE}. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final String PAGE_SIZE = "pageSize";

  /** The order asked for: a sortable property's name, {@link #DESCENDING} before it for descending. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final String SORT = "sort";

  /** The search text; empty is no search. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final String SEARCH = "q";

  /** The data fetch's parameters of a TABLE, in the order the card UI sends them. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final List<String> TABLE_PARAMETERS = List.of(PAGE, PAGE_SIZE, SORT, SEARCH);

  /** Before a {@link #SORT} property's name: descending order. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final String DESCENDING = "-";

  /** The number of objects across all pages, beside {@code results}. */
  @From(value = APP_CARD, source = "API.md §9 CardResponse.Builder.total")
  public static final String TOTAL = "total";

  /** The summary's figures and chart points, beside {@code results}, on the first page. */
  @From(value = APP_CARD, source = "API.md §9 summary")
  public static final String SUMMARY = "summary";

  /** What a TABLE answer may add to the top-level keys of a data-fetch response. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final List<String> RESPONSE_KEYS = List.of(TOTAL, SUMMARY);

  /** The charts a summary draws: HubSpot's BarChart and LineChart. */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §12 components; API.md §9 ChartType")
  public static final List<String> CHART_TYPES = List.of("BAR", "LINE");

  /**
   * HubSpot's chart axis field types: a category (a String x), a date (a LocalDate x), a number
   * (a number x, and every y).
   */
  @From(value = APP_CARD, source = "@hubspot/ui-extensions 0.17.0 chart.synced.d.ts chartFieldTypes")
  public static final List<String> CHART_FIELD_TYPES = List.of("category", "datetime", "linear");

  /** The data types a summary figure may have. */
  @From(value = APP_CARD, source = "API.md §9 @Statistic")
  public static final List<String> STATISTIC_TYPES = List.of(DataTypes.NUMERIC, DataTypes.CURRENCY);

  /** A card location: crmcards' name for it and the one HubSpot's project files use. */
  public record Location(String name, String hubspotLocation) {}
}

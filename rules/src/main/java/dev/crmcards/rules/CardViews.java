package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Where every card is placed when it names no location (see {@link #defaultLocations}). */
  @From(value = APP_CARD, source = "API.md §9 CrmCard.locations")
  public static final String DEFAULT_LOCATION = "RECORD_SIDEBAR";

  /** The location only a card on tickets may name (its help desk twin). */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout; API.md §9 CardLocation")
  public static final String TICKETS_ONLY_LOCATION = "HELPDESK_SIDEBAR";

  /**
   * The locations of a card that names none, in the order of {@link #LOCATIONS}: the record
   * sidebar, and for a card on tickets the help desk sidebar too, since a legacy card on tickets
   * always showed there as well. A card that names its locations gets exactly those.
   */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout; API.md §9 CrmCard.locations")
  public static List<String> defaultLocations(boolean onTickets) {
    return onTickets ? List.of(DEFAULT_LOCATION, TICKETS_ONLY_LOCATION) : List.of(DEFAULT_LOCATION);
  }

  /**
   * The one location with a page's width, where a TABLE shows every column and its whole page; the
   * sidebars and the preview panel, a few hundred pixels wide, show it compact.
   */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §12 card locations; crmcards' card UI tableLayout")
  public static final String ROOMY_LOCATION = "RECORD_TAB";

  /** The property columns a compact TABLE shows beside its title column: the first ones declared. */
  @From(value = APP_CARD, source = "crmcards' card UI tableLayout")
  public static final int COMPACT_COLUMNS = 2;

  /** The most rows a compact TABLE asks for a page. */
  @From(value = APP_CARD, source = "crmcards' card UI tableLayout")
  public static final int COMPACT_PAGE_SIZE = 5;

  /** The fewest rows a TABLE page may have. */
  @From(value = APP_CARD, source = "API.md §9 pageSize")
  public static final int MIN_PAGE_SIZE = 1;

  /** The most rows a TABLE page may have. */
  @From(value = APP_CARD, source = "API.md §9 pageSize")
  public static final int MAX_PAGE_SIZE = 100;

  /** The rows of a TABLE page when the card names no page size. */
  @From(value = APP_CARD, source = "API.md §9 pageSize")
  public static final int DEFAULT_PAGE_SIZE = 10;

  /**
   * The highest page a request may ask for: so that a handler's {@code page * pageSize}, and so
   * every row index it computes, fits an {@code int} at the largest page size.
   */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: page (crmcards' bound)")
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PAGE_SIZE;

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

  /**
   * The longest search text a TABLE sends, in UTF-16 units (a Java string's and a JavaScript
   * string's length): a search, not a document, and well within a URL's limits.
   */
  @From(value = APP_CARD, source = "API.md §9 wire: q (crmcards' bound)")
  public static final int MAX_SEARCH_LENGTH = 200;

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

  /** The chart field type of a category (a String or enum x). */
  @From(value = APP_CARD, source = "@hubspot/ui-extensions 0.17.0 chart.synced.d.ts chartFieldTypes")
  public static final String CATEGORY = "category";

  /** The chart field type of a date (a LocalDate x). */
  @From(value = APP_CARD, source = "@hubspot/ui-extensions 0.17.0 chart.synced.d.ts chartFieldTypes")
  public static final String DATETIME = "datetime";

  /** The chart field type of a number (a number x, and every y). */
  @From(value = APP_CARD, source = "@hubspot/ui-extensions 0.17.0 chart.synced.d.ts chartFieldTypes")
  public static final String LINEAR = "linear";

  /**
   * HubSpot's chart axis field types: a category (a String or enum x), a date (a LocalDate x), a
   * number (a number x, and every y).
   */
  @From(value = APP_CARD, source = "@hubspot/ui-extensions 0.17.0 chart.synced.d.ts chartFieldTypes")
  public static final List<String> CHART_FIELD_TYPES = List.of(CATEGORY, DATETIME, LINEAR);

  /** The data types a summary figure may have. */
  @From(value = APP_CARD, source = "API.md §9 @Statistic")
  public static final List<String> STATISTIC_TYPES = List.of(DataTypes.NUMERIC, DataTypes.CURRENCY);

  /**
   * The Java types of a summary figure ({@code @Statistic}) of each type: those a card property of
   * the same type accepts ({@link DataTypes#JAVA_TYPES}), so any number for NUMERIC, as a chart's y,
   * and for CURRENCY a BigDecimal, long or double, boxed or not. Each is written as a JSON number;
   * a null one, or a NaN or infinite float or double, is left out of the answer.
   */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: @Statistic members")
  public static final Map<String, List<JavaType>> STATISTIC_JAVA_TYPES =
      Map.of(
          DataTypes.NUMERIC, DataTypes.javaTypes(DataTypes.NUMERIC),
          DataTypes.CURRENCY, DataTypes.javaTypes(DataTypes.CURRENCY));

  /**
   * The Java types of a chart's x member, by the field type each gives the axis. An enum is a
   * category as a String is: each constant stands for its label, the text a form's option of it
   * shows.
   */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: @Chart x")
  public static final Map<String, List<JavaType>> CHART_X_JAVA_TYPES =
      Map.of(
          CATEGORY, List.of(JavaType.STRING, JavaType.ENUM),
          DATETIME, List.of(JavaType.LOCAL_DATE),
          LINEAR, JavaType.NUMBERS);

  /** The Java types of a chart's y member: any number. */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: @Chart y")
  public static final List<JavaType> CHART_Y_JAVA_TYPES = JavaType.NUMBERS;

  /** The chart field type of an x member of {@code type}; empty when no field type accepts it. */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: @Chart x")
  public static Optional<String> chartFieldType(JavaType type) {
    return CHART_FIELD_TYPES.stream().filter(t -> CHART_X_JAVA_TYPES.get(t).contains(type)).findFirst();
  }

  /**
   * Where a card's view (layout, locations, table and summary shape) goes in the class output,
   * beside its definition: this folder, then the card's name and {@code .json}.
   */
  @From(value = APP_CARD, source = "crmcards view file (README: Beyond legacy cards)")
  public static final String VIEW_FOLDER = "META-INF/crmcards/views/";

  /** The 400 answer's message for a {@link #PAGE} that is not a whole number from 1 to {@link #MAX_PAGE}. */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: page")
  public static final String PAGE_PROBLEM = PAGE + " must be a whole number from 1 to " + MAX_PAGE;

  /**
   * The search text in {@code q} as the card sends it: without the white space and line breaks
   * JavaScript's {@code String.prototype.trim} removes at either end (ECMAScript's WhiteSpace and
   * LineTerminator: tab, vertical tab, form feed, space, no-break space, U+FEFF, every other space
   * separator, LF, CR, U+2028, U+2029), which is not what Java's {@code strip} removes. The card
   * UI trims with JavaScript itself; {@code card-ui/test/search-agreement.json} holds the cases
   * both ends read alike.
   */
  @From(value = APP_CARD, source = "API.md §9 wire: q (crmcards' card UI trims it)")
  public static String searchText(String q) {
    int start = 0;
    int end = q.length();
    while (start < end && trimmedBySearch(q.charAt(start))) {
      start++;
    }
    while (end > start && trimmedBySearch(q.charAt(end - 1))) {
      end--;
    }
    return q.substring(start, end);
  }

  private static boolean trimmedBySearch(char c) {
    switch (c) {
      case '\t', '\u000B', '\f', ' ', '\u00A0', '\uFEFF', '\n', '\r', '\u2028', '\u2029':
        return true;
      default:
        return Character.getType(c) == Character.SPACE_SEPARATOR;
    }
  }

  /** The 400 answer's message for a {@link #SEARCH} longer than {@link #MAX_SEARCH_LENGTH}. */
  @From(value = APP_CARD, source = "API.md §9 wire: q (crmcards' bound)")
  public static final String SEARCH_PROBLEM = SEARCH + " must be at most " + MAX_SEARCH_LENGTH + " characters";

  /** The 400 answer's message for a {@link #PAGE_SIZE} outside its range. */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: pageSize")
  public static final String PAGE_SIZE_PROBLEM =
      PAGE_SIZE + " must be a whole number from " + MIN_PAGE_SIZE + " to " + MAX_PAGE_SIZE;

  /** The 400 answer's message for a {@link #SORT} that names no property. */
  @From(value = APP_CARD, source = "API.md §9 wire")
  public static final String SORT_SHAPE_PROBLEM =
      SORT + " must be a property's name, with \"" + DESCENDING + "\" before it for descending order";

  /**
   * The 400 answer's message for a {@link #SORT} on a property that is not sortable: it lists
   * what is, and does not repeat what was sent, as no 400 does.
   */
  @From(value = APP_CARD, source = "API.md §9 Details, pinned: sort")
  public static String sortProblem(List<String> sortable) {
    return SORT + " names a property this card cannot sort by ("
        + (sortable.isEmpty() ? "it has none" : "sortable: " + String.join(", ", sortable)) + ")";
  }

  /** A card location: crmcards' name for it and the one HubSpot's project files use. */
  public record Location(String name, String hubspotLocation) {}
}

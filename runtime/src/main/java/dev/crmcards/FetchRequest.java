package dev.crmcards;

import dev.crmcards.rules.CardViews;
import java.util.Objects;
import java.util.Optional;

/**
 * HubSpot's data fetch: the {@code GET} to the card's {@code targetUrl} when a user opens a record
 * the card is configured for. Every parameter is in the query string; the record properties named
 * in the card's {@code propertiesToSend} follow the defaults.
 *
 * <pre>{@code
 * GET /bugs?userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701
 *         &associatedObjectType=CONTACT&portalId=987654&firstname=Tim&email=tim%40example.com
 * }</pre>
 *
 * <p>crmcards' app card asks a TABLE card for one page: {@code page}, {@code pageSize}, {@code
 * sort} and {@code q} (API.md §9), read into {@link #page()}, {@link #pageSize()}, {@link #sort()}
 * and {@link #search()}. Legacy clients never send them; a card that is not a TABLE ignores them.
 * They stay among {@link #properties()}, as every parameter without an accessor of
 * {@link CardRequest} does.
 */
public final class FetchRequest extends CardRequest {

  /** The parameters a TABLE card's app card sends, in the order {@link RequestValues#lookUp} answers. */
  private static final String[] TABLE_PARAMETERS = {
    CardViews.PAGE, CardViews.PAGE_SIZE, CardViews.SORT, CardViews.SEARCH
  };

  private final int page;
  private final int pageSize;
  private final Optional<Sort> sort;
  private final Optional<String> search;

  private FetchRequest(RequestValues parameters, TableParameters table) {
    super(parameters);
    if (table == null) {
      page = 1;
      pageSize = CardViews.DEFAULT_PAGE_SIZE;
      sort = Optional.empty();
      search = Optional.empty();
      return;
    }
    // Looked up without decoding the other record properties, which the handler may never read.
    String[] values = parameters.lookUp(TABLE_PARAMETERS);
    page = whole(values[0], 1, CardViews.MAX_PAGE, 1, CardViews.PAGE_PROBLEM);
    pageSize =
        whole(values[1], CardViews.MIN_PAGE_SIZE, CardViews.MAX_PAGE_SIZE, table.pageSize(),
            CardViews.PAGE_SIZE_PROBLEM);
    sort = sort(values[2], table);
    // Trimmed as the card trims it, so that other clients' text reads the same.
    String q = table.searchable() && values[3] != null ? CardViews.searchText(values[3]) : null;
    if (q != null && q.length() > CardViews.MAX_SEARCH_LENGTH) {
      throw new InvalidRequestException(CardViews.SEARCH_PROBLEM);
    }
    search = q == null || q.isEmpty() ? Optional.empty() : Optional.of(q);
  }

  /**
   * Reads a data fetch from its raw (still percent-encoded) query string.
   *
   * @param rawQuery the query string without the {@code ?}; {@code null} for none
   * @throws InvalidRequestException if a default parameter is missing or malformed, or the query
   *     string is not valid percent-encoding
   */
  public static FetchRequest parse(String rawQuery) {
    return new FetchRequest(RequestParameters.parseForm(rawQuery, "query string"), null);
  }

  /**
   * Reads the data fetch of a TABLE card: as {@link #parse(String)}, and its page, page size, sort
   * and search text, checked against {@code table}.
   *
   * @param table what the card accepts; {@code null} for a card that is not a TABLE
   * @throws InvalidRequestException as {@link #parse(String)} does, and if {@code page} is not a
   *     whole number from 1 to {@link CardViews#MAX_PAGE}, {@code pageSize} not one from 1 to 100,
   *     {@code sort} does not name a sortable property, or {@code q} is longer than {@link
   *     CardViews#MAX_SEARCH_LENGTH}; the message names the parameter
   */
  public static FetchRequest parse(String rawQuery, TableParameters table) {
    return new FetchRequest(RequestParameters.parseForm(rawQuery, "query string"), table);
  }

  /** The page asked for, 1-based; 1 when not sent, and on a card that is not a TABLE. */
  public int page() {
    return page;
  }

  /**
   * The rows per page asked for, 1 to 100; the card's {@code pageSize} when not sent (and {@value
   * CardViews#DEFAULT_PAGE_SIZE} on a card that is not a TABLE). The answer carries at most this
   * many results.
   */
  public int pageSize() {
    return pageSize;
  }

  /** The order asked for, always on one of the card's sortable properties; empty for none. */
  public Optional<Sort> sort() {
    return sort;
  }

  /**
   * The search text of a searchable card, without white space at either end ({@link
   * CardViews#searchText}, as the card UI trims it), at most {@link CardViews#MAX_SEARCH_LENGTH}
   * characters; empty when none was typed (a {@code q} that is empty or only white space).
   */
  public Optional<String> search() {
    return search;
  }

  /** A whole number from {@code min} to {@code max}, or {@code absent} when not sent. */
  private static int whole(String text, int min, int max, int absent, String problem) {
    if (text == null) {
      return absent;
    }
    // Leading zeros do not count towards the ten digits an int has at most.
    int first = 0;
    while (first < text.length() - 1 && text.charAt(first) == '0') {
      first++;
    }
    if (text.isEmpty() || text.length() - first > 10) {
      throw new InvalidRequestException(problem);
    }
    long value = 0;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidRequestException(problem);
      }
      value = value * 10 + (c - '0');
    }
    if (value < min || value > max) {
      throw new InvalidRequestException(problem);
    }
    return (int) value;
  }

  private static Optional<Sort> sort(String text, TableParameters table) {
    if (text == null) {
      return Optional.empty();
    }
    boolean descending = text.startsWith(CardViews.DESCENDING);
    String property = descending ? text.substring(CardViews.DESCENDING.length()) : text;
    if (property.isEmpty()) {
      throw new InvalidRequestException(CardViews.SORT_SHAPE_PROBLEM);
    }
    if (!table.sortable().contains(property)) {
      throw new InvalidRequestException(CardViews.sortProblem(table.sortable()));
    }
    return Optional.of(new Sort(property, descending));
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other)
        && other instanceof FetchRequest that
        && page == that.page
        && pageSize == that.pageSize
        && sort.equals(that.sort)
        && search.equals(that.search);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(page, pageSize, sort, search);
  }

  @Override
  String details() {
    return page == 1 && pageSize == CardViews.DEFAULT_PAGE_SIZE && sort.isEmpty() && search.isEmpty()
        ? ""
        : "page=" + page + ", pageSize=" + pageSize + sort.map(s -> ", sort=" + s).orElse("")
            + (search.isPresent() ? ", search" : "") + ", ";
  }
}

package dev.crmcards;

/**
 * HubSpot's data fetch: the {@code GET} to the card's {@code targetUrl} when a user opens a record
 * the card is configured for. Every parameter is in the query string; the record properties named
 * in the card's {@code propertiesToSend} follow the defaults.
 *
 * <pre>{@code
 * GET /bugs?userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701
 *         &associatedObjectType=CONTACT&portalId=987654&firstname=Tim&email=tim%40example.com
 * }</pre>
 */
public final class FetchRequest extends CardRequest {

  private FetchRequest(RequestValues parameters) {
    super(parameters);
  }

  /**
   * Reads a data fetch from its raw (still percent-encoded) query string.
   *
   * @param rawQuery the query string without the {@code ?}; {@code null} for none
   * @throws InvalidRequestException if a default parameter is missing or malformed, or the query
   *     string is not valid percent-encoding
   */
  public static FetchRequest parse(String rawQuery) {
    return new FetchRequest(RequestParameters.parseForm(rawQuery, "query string"));
  }
}

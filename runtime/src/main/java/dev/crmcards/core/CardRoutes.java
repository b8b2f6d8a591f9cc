package dev.crmcards.core;

import dev.crmcards.HttpMethod;
import dev.crmcards.TableParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP routes of one card: its data fetch, its action hooks and its forms. Immutable; generated card
 * classes build it in {@code routes(handler)}; {@link CardPipeline} serves it, behind {@link
 * dev.crmcards.servlet.CardServlet} or any other adapter.
 *
 * <pre>{@code
 * CardRoutes routes = CardRoutes.builder("bugs")
 *     .fetch("https://bugs.example.com/hubspot/bugs", request -> json -> json.raw(render(request)))
 *     .hook(HttpMethod.PUT, "https://bugs.example.com/hubspot/bugs/{id}/resolve",
 *         (request, path) -> resolve(request, path.longValue("id")))
 *     .build();
 * }</pre>
 *
 * <p>Each route is given as the URL HubSpot calls (the card's {@code targetUrl} or the action's
 * {@code uri}), without query. Its path, from the first {@code /}, selects the route: literal
 * segments are compared after percent-decoding; a <code>{name}</code> placeholder matches exactly
 * one non-empty segment. Where a request matches several paths, the one with a literal at the
 * first differing segment wins. Its origin (scheme, host, port) is where HubSpot sends the
 * request, so a request on this route is verified as signed for that origin, the request's path
 * and its query. A route given as a bare path (from {@code /}) is verified against the URL the
 * request arrived at instead.
 */
public final class CardRoutes {

  private final String cardName;
  private final List<Route> routes;

  private CardRoutes(String cardName, List<Route> routes) {
    this.cardName = cardName;
    this.routes = routes;
  }

  /**
   * Starts the routes of a card.
   *
   * @param cardName the card's name, used in error and log messages
   */
  public static Builder builder(String cardName) {
    Objects.requireNonNull(cardName, "cardName");
    if (cardName.isBlank()) {
      throw new IllegalArgumentException("the card name is blank");
    }
    return new Builder(cardName);
  }

  /** The card's name. */
  public String cardName() {
    return cardName;
  }

  List<Route> routes() {
    return routes;
  }

  /**
   * The path templates of the routes, in the order they were added, e.g. {@code
   * /hubspot/bugs/{id}/resolve}: what an adapter must route to these cards, such as the Spring Boot
   * starter when it maps its servlet.
   */
  public List<String> paths() {
    List<String> paths = new ArrayList<>(routes.size());
    for (Route route : routes) {
      paths.add(route.path.toString());
    }
    return List.copyOf(paths);
  }

  /** The card name and its routes, e.g. {@code bugs[GET /bugs, PUT /bugs/{id}/resolve]}. */
  @Override
  public String toString() {
    return cardName + routes;
  }

  /** Collects routes; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private final String cardName;
    private final List<Route> routes = new ArrayList<>();

    private Builder(String cardName) {
      this.cardName = cardName;
    }

    /**
     * Adds the data fetch: GET on the card's {@code targetUrl}.
     *
     * @param url the {@code targetUrl} (an absolute http(s) URL without query), or its bare path
     * @throws IllegalArgumentException if the URL or path is not a valid route
     */
    public Builder fetch(String url, FetchRoute route) {
      return fetch(url, null, route);
    }

    /**
     * Adds the data fetch of a TABLE card: as {@link #fetch(String, FetchRoute)}, and the request's
     * {@code page}, {@code pageSize}, {@code sort} and {@code q} are read and checked against
     * {@code table} before {@code route} runs; a bad one is a 400 naming it.
     *
     * @param table what the card accepts; {@code null} for a card that is not a TABLE
     * @throws IllegalArgumentException if the URL or path is not a valid route
     */
    public Builder fetch(String url, TableParameters table, FetchRoute route) {
      return add(HttpMethod.GET, url, Objects.requireNonNull(route, "route"), null, null, table);
    }

    /**
     * Adds an action hook: the action's method on its {@code uri}.
     *
     * @param url the action's {@code uri} (an absolute http(s) URL without query, placeholders
     *     as whole path segments), or its bare path
     * @throws IllegalArgumentException if the URL or path is not a valid route
     */
    public Builder hook(HttpMethod method, String url, HookRoute route) {
      return add(method, url, null, Objects.requireNonNull(route, "route"), null, null);
    }

    /**
     * Adds a form: a FORM action's method on its {@code uri}. The request's body is the form, a
     * JSON object ({@code application/json}; anything else is a 400 before {@code route} runs);
     * the usual parameters come from the query.
     *
     * @param url the action's {@code uri} (an absolute http(s) URL without query, placeholders
     *     as whole path segments), or its bare path
     * @throws IllegalArgumentException if the URL or path is not a valid route
     */
    public Builder form(HttpMethod method, String url, FormRoute route) {
      return add(method, url, null, null, Objects.requireNonNull(route, "route"), null);
    }

    /**
     * Adds the route of one kind: exactly one of {@code fetch}, {@code hook} and {@code form};
     * {@code table} for a TABLE card's fetch only.
     */
    private Builder add(
        HttpMethod method, String url, FetchRoute fetch, HookRoute hook, FormRoute form, TableParameters table) {
      Objects.requireNonNull(method, "method");
      String origin = RouteUrl.origin(url);
      routes.add(new Route(cardName, method, RouteUrl.path(url, origin), origin, fetch, hook, form, table));
      return this;
    }

    /**
     * The routes.
     *
     * @throws IllegalStateException if two routes have the same method and the same path shape
     *     (the same literals, placeholders in the same places)
     */
    public CardRoutes build() {
      for (int i = 0; i < routes.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (routes.get(i).conflictsWith(routes.get(j))) {
            throw new IllegalStateException(
                "card '" + cardName + "': routes " + routes.get(j) + " and " + routes.get(i)
                    + " answer the same requests");
          }
        }
      }
      return new CardRoutes(cardName, List.copyOf(routes));
    }
  }
}

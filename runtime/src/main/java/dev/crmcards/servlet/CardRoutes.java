package dev.crmcards.servlet;

import dev.crmcards.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP routes of one card: its data fetch and its action hooks. Immutable; generated card
 * classes build it in {@code routes(handler)}, and {@link CardServlet} or {@link CrmCardsServlet}
 * serve it.
 *
 * <pre>{@code
 * CardRoutes routes = CardRoutes.builder("bugs")
 *     .fetch("/hubspot/bugs", request -> out -> out.write(json(request)))
 *     .hook(HttpMethod.PUT, "/hubspot/bugs/{id}/resolve",
 *         (request, path) -> resolve(request, path.longValue("id")))
 *     .build();
 * }</pre>
 *
 * <p>A path is the path of the URL HubSpot calls (the card's {@code targetUrl} or the action's
 * {@code uri}), from its first {@code /}, without query. Literal segments are compared after
 * percent-decoding; a <code>{name}</code> placeholder matches exactly one non-empty segment. Where
 * a request matches several paths, the one with a literal at the first differing segment wins.
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
     * Adds the data fetch: GET on the path of the card's {@code targetUrl}.
     *
     * @throws IllegalArgumentException if the path is not a valid route path
     */
    public Builder fetch(String path, FetchRoute route) {
      Objects.requireNonNull(route, "route");
      routes.add(new Route(cardName, HttpMethod.GET, PathTemplate.parse(path), route, null));
      return this;
    }

    /**
     * Adds an action hook: the action's method on the path of its {@code uri}.
     *
     * @throws IllegalArgumentException if the path is not a valid route path
     */
    public Builder hook(HttpMethod method, String path, HookRoute route) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(route, "route");
      routes.add(new Route(cardName, method, PathTemplate.parse(path), null, route));
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

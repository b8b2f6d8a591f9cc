package dev.crmcards.core;

import dev.crmcards.HttpMethod;
import dev.crmcards.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The routes of one or more cards, checked for conflicts, looked up by method and raw path. */
final class RouteTable {

  /** The outcome of a lookup. */
  static final class Lookup {
    /** The route to call; {@code null} if none. */
    final Route route;
    /** The placeholder values of {@link #route}. */
    final PathParameters parameters;
    /**
     * When {@link #route} is {@code null}: the methods of all routes matching the path, empty if
     * none does. Not looked for when a route was found.
     */
    final Set<HttpMethod> allowed;

    Lookup(Route route, PathParameters parameters, Set<HttpMethod> allowed) {
      this.route = route;
      this.parameters = parameters;
      this.allowed = allowed;
    }
  }

  private final List<CardRoutes> cards;
  /** Routes by number of segments. */
  private final Map<Integer, List<Route>> bySize = new HashMap<>();
  /**
   * Routes without placeholders by method and decoded path ({@code "GET /demo-fetch"}): a request
   * whose path has no escape finds its route here in one look-up. Such a route is also the most
   * specific for its path, so nothing in {@link #bySize} could be preferred to it.
   */
  private final Map<String, Route> exact = new HashMap<>();
  /** The distinct origins the routes declare, in declaration order. */
  private final List<String> origins;
  /** Whether some route was given as a bare path, so verified against the request's own URL. */
  private final boolean anyBarePath;

  /**
   * Combines cards.
   *
   * @throws IllegalArgumentException if there is no card, two cards have the same name, or routes
   *     of two cards answer the same requests
   */
  RouteTable(Collection<CardRoutes> cards) {
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("no cards to serve");
    }
    this.cards = List.copyOf(cards);
    Set<String> names = new HashSet<>();
    Set<String> declared = new LinkedHashSet<>();
    boolean bare = false;
    List<Route> all = new ArrayList<>();
    for (CardRoutes card : this.cards) {
      if (!names.add(card.cardName())) {
        throw new IllegalArgumentException("two cards are named '" + card.cardName() + "'");
      }
      for (Route route : card.routes()) {
        for (Route earlier : all) {
          if (route.conflictsWith(earlier)) {
            throw new IllegalArgumentException(
                "cards '" + earlier.card + "' and '" + route.card + "' both route "
                    + earlier + (earlier.path.toString().equals(route.path.toString())
                        ? "" : " / " + route));
          }
        }
        all.add(route);
        if (route.origin == null) {
          bare = true;
        } else {
          declared.add(route.origin);
        }
        bySize.computeIfAbsent(route.path.size(), size -> new ArrayList<>()).add(route);
        route.path.literalPath().ifPresent(path -> exact.put(route.method + " " + path, route));
      }
    }

    this.origins = List.copyOf(declared);
    this.anyBarePath = bare;
  }

  List<CardRoutes> cards() {
    return cards;
  }

  /** The distinct origins the routes declare. */
  List<String> origins() {
    return origins;
  }

  /** Whether some route is a bare path, verified against the URL the request arrived at. */
  boolean anyBarePath() {
    return anyBarePath;
  }

  /**
   * Finds the route for a request.
   *
   * @param method the request method, e.g. {@code PUT}; methods outside {@link HttpMethod} match
   *     no route
   * @param rawPath the raw (percent-encoded) path, starting with '/'
   * @throws InvalidRequestException if a segment is not valid percent-encoded UTF-8
   */
  Lookup find(String method, String rawPath) {
    if (rawPath.indexOf('%') < 0) {
      Route route = exact.get(method + " " + rawPath);
      if (route != null) {
        return new Lookup(route, PathParameters.NONE, Set.of());
      }
    }
    List<String> rawSegments = PathTemplate.split(rawPath);
    List<Route> candidates = bySize.get(rawSegments.size());
    if (candidates == null) {
      return new Lookup(null, null, Set.of());
    }
    List<String> segments = new ArrayList<>(rawSegments.size());
    for (String raw : rawSegments) {
      String decoded = PathTemplate.decodeSegment(raw);
      if (decoded == null) {
        throw new InvalidRequestException("malformed percent-encoding in the path");
      }
      segments.add(decoded);
    }
    Set<HttpMethod> allowed = EnumSet.noneOf(HttpMethod.class);
    Route best = null;
    Map<String, String> bestValues = null;
    for (Route route : candidates) {
      Map<String, String> values = route.path.match(segments);
      if (values == null) {
        continue;
      }
      allowed.add(route.method);
      if (route.method.name().equals(method)
          && (best == null || route.path.moreSpecificThan(best.path))) {
        best = route;
        bestValues = values;
      }
    }
    return new Lookup(best, best == null ? null : PathParameters.of(bestValues), allowed);
  }
}

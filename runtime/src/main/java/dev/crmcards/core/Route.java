package dev.crmcards.core;

import dev.crmcards.HttpMethod;

/**
 * One route of a card: a fetch (always GET) or a hook. Exactly one of the handlers is set.
 *
 * <p>{@link #origin} is the scheme and host the card declares for the route (its {@code
 * targetUrl} or the action's {@code uri}): the origin of the URL HubSpot signs. {@code null} when
 * the route was given as a bare path; the request's own URL is then taken as signed.
 */
final class Route {
  final String card;
  final HttpMethod method;
  final PathTemplate path;
  final String origin;
  final FetchRoute fetch;
  final HookRoute hook;
  /** Where its handler runs under the deadline; see {@link CallPlacement}. */
  final CallPlacement placement = new CallPlacement();
  /** {@code GET /demo-fetch}: the route's name in logs and metrics. */
  final String name;

  Route(
      String card,
      HttpMethod method,
      PathTemplate path,
      String origin,
      FetchRoute fetch,
      HookRoute hook) {
    this.card = card;
    this.method = method;
    this.path = path;
    this.origin = origin;
    this.fetch = fetch;
    this.hook = hook;
    this.name = method + " " + path;
  }

  boolean isHook() {
    return hook != null;
  }

  /** Whether both would answer the same requests. */
  boolean conflictsWith(Route other) {
    return method == other.method && path.sameShape(other.path);
  }

  /** For example {@code PUT /tickets/{id}/resolve}. */
  @Override
  public String toString() {
    return name;
  }
}

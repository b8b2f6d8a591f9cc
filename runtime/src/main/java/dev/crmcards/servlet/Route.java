package dev.crmcards.servlet;

import dev.crmcards.HttpMethod;

/** One route of a card: a fetch (always GET) or a hook. Exactly one of the handlers is set. */
final class Route {
  final String card;
  final HttpMethod method;
  final PathTemplate path;
  final FetchRoute fetch;
  final HookRoute hook;

  Route(String card, HttpMethod method, PathTemplate path, FetchRoute fetch, HookRoute hook) {
    this.card = card;
    this.method = method;
    this.path = path;
    this.fetch = fetch;
    this.hook = hook;
  }

  /** Whether both would answer the same requests. */
  boolean conflictsWith(Route other) {
    return method == other.method && path.sameShape(other.path);
  }

  /** For example {@code PUT /tickets/{id}/resolve}. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}

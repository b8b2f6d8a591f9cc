package dev.crmcards.core;

import java.util.Locale;
import java.util.Objects;

/** Splits a route's URL into the origin HubSpot signs for and the path template. */
final class RouteUrl {
  private RouteUrl() {}

  /**
   * The origin of an absolute URL ({@code https://example.com:8443}), or {@code null} for a bare
   * path.
   *
   * @throws IllegalArgumentException if it is neither an absolute http(s) URL nor a path
   */
  static String origin(String url) {
    Objects.requireNonNull(url, "url");
    if (url.startsWith("/")) {
      return null;
    }
    int scheme = url.indexOf("://");
    String name = scheme < 0 ? "" : url.substring(0, scheme).toLowerCase(Locale.ROOT);
    if (!name.equals("http") && !name.equals("https")) {
      throw new IllegalArgumentException(
          "a route is an absolute http(s) URL or a path starting with '/': " + url);
    }
    int path = url.indexOf('/', scheme + 3);
    String origin = path < 0 ? url : url.substring(0, path);
    if (origin.length() == scheme + 3 || origin.indexOf('@') >= 0 || origin.indexOf('?') >= 0
        || origin.indexOf('#') >= 0 || origin.indexOf('{') >= 0) {
      throw new IllegalArgumentException(
          "a route URL needs a host, and no user info, query or placeholder before its path: "
              + url);
    }
    return origin;
  }

  /** The path template of a route URL whose origin (or {@code null}) is known. */
  static PathTemplate path(String url, String origin) {
    if (origin == null) {
      return PathTemplate.parse(url);
    }
    String path = url.substring(origin.length());
    return PathTemplate.parse(path.isEmpty() ? "/" : path);
  }
}

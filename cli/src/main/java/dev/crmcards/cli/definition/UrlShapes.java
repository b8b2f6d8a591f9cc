package dev.crmcards.cli.definition;

import dev.crmcards.rules.Urls;
import java.net.URI;
import java.util.Optional;

/**
 * The URL rules, now in {@link Urls}; this forwards to them for code not yet moved over.
 *
 * Use {@link Urls}
 */
public final class UrlShapes {
  private UrlShapes() {}

  public static Optional<URI> httpUrl(String text) {
    return Urls.httpUrl(text);
  }

  public static boolean isHttpUrl(String text) {
    return Urls.isHttpUrl(text);
  }

  public static String origin(URI uri) {
    return Urls.origin(uri);
  }

  public static boolean isDomainName(String host) {
    return Urls.isDomainName(host);
  }
}

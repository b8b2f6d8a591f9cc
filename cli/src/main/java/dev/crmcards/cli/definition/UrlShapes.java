package dev.crmcards.cli.definition;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The URL questions HubSpot's rules ask: absolute http(s)? on a domain name? which origin? */
public final class UrlShapes {
  private UrlShapes() {}

  /** The URL parsed, when it is absolute, http or https, and has a host. */
  public static Optional<URI> httpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  public static boolean isHttpUrl(String text) {
    return httpUrl(text).isPresent();
  }

  /** {@code scheme://host[:port]}, lower case, without a default port. */
  public static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  /**
   * Whether the host is a domain name, as the converter requires of action base URLs: not {@code
   * localhost}, not an IPv4 or IPv6 literal, and with at least one dot.
   */
  public static boolean isDomainName(String host) {
    if (host == null || host.isEmpty() || host.startsWith("[") || host.indexOf(':') >= 0) {
      return false;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.equals("localhost") || lower.endsWith(".localhost") || lower.indexOf('.') < 0) {
      return false;
    }
    return !lower.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
  }
}

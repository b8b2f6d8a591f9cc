package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.HUBSPOT_FETCH;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every URL rule of cards: what a card URL, a link, a base URL and an action URI must be. */
public final class Urls {
  private Urls() {}

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  /** The highest port: a browser's {@code new URL} refuses more, {@link URI} does not. */
  static final int MAX_PORT = 65535;

  /** Whether {@code host} (as {@link URI#getHost()} gives it) names this machine. */
  public static boolean isLoopback(String host) {
    return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code uri} is plain http to another machine: what carries a credential or a sign-in in
   * the clear over a network. Plain http to this machine (a stand-in, a local server) is not.
   */
  public static boolean isPlainHttpOffThisMachine(URI uri) {
    return "http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost());
  }

  /** The URL parsed, when it is absolute, http or https, and has a host. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER}, source = "converter zod schema: z.string().url() on http(s)")
  public static Optional<URI> httpUrl(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      URI uri = parse(text);
      return httpUrlProblem(uri).isPresent() ? Optional.empty() : Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code new URI(text)}, whose parser also throws an unchecked NumberFormatException for some
   * hosts ({@code [::1.4294967295]}): that too is a URL that does not parse.
   */
  private static URI parse(String text) throws URISyntaxException {
    try {
      return new URI(text);
    } catch (NumberFormatException e) {
      throw new URISyntaxException(text, "a number in its host is out of range");
    }
  }

  /**
   * {@code url} as messages show it: its user information, which may hold a password, as {@code
   * …}. That is whatever lies between the scheme's {@code :} (and its slashes) and the last {@code
   * @} before the path, query or fragment, as a browser splits it: a password may hold an {@code @}
   * of its own, and {@code java.net.URI} does not see user information in every URL a browser does.
   */
  public static String shown(String url) {
    if (url == null) {
      return "null";
    }
    int start = url.indexOf(':') + 1;
    while (start < url.length() && (url.charAt(start) == '/' || url.charAt(start) == '\\')) {
      start++;
    }
    int end = start;
    while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    int at = url.lastIndexOf('@', end - 1);
    return at < start ? url : url.substring(0, start) + "…" + url.substring(at);
  }

  /**
   * Why {@code uri} is not an absolute http(s) URL with a host, for a message that names the URL
   * first, such as "must be an absolute http or https URI, got ..." or "has no valid host name:
   * ...". A browser must read the same host and port from it: {@code new URL} (which HubSpot's
   * converter and the card UI use) refuses ports above 65535, IPv6 zones and leading zeros in an
   * IPv6 host's IPv4 part, and reads a host such as {@code 2130706433} or {@code 010.0.0.1} as
   * another IPv4 address. User information is refused because {@code
   * https://bank.example@evil.example/} reads as one host and leads to another.
   */
  public static Optional<String> httpUrlProblem(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.isOpaque()
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return Optional.of("must be an absolute http or https URI, got \"" + shown(uri.toString()) + "\"");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("has no valid host name: \"" + shown(uri.toString()) + "\"");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not have user information (user@ or user:password@) before its host, which hides"
          + " where it leads: \"" + shown(uri.toString()) + "\"");
    }
    if (uri.getPort() > MAX_PORT) {
      return Optional.of("has a port above " + MAX_PORT + ": \"" + shown(uri.toString()) + "\"");
    }
    if (host.indexOf('%') >= 0) {
      return Optional.of("has an IPv6 zone (%...) in its host, which browsers refuse: \"" + shown(uri.toString()) + "\"");
    }
    if (host.startsWith("[")) {
      if (host.indexOf('.') >= 0 && !isDottedQuad(host.substring(host.lastIndexOf(':') + 1, host.length() - 1))) {
        return Optional.of("has an IPv4 part with leading zeros in its IPv6 host, which browsers refuse: \""
            + shown(uri.toString()) + "\"");
      }
    } else if (endsInANumber(host) && !isDottedQuad(host)) {
      return Optional.of("has a host that browsers read as another IPv4 address; write one as four decimal numbers"
          + " without leading zeros, such as 127.0.0.1: \"" + shown(uri.toString()) + "\"");
    }
    return Optional.empty();
  }

  /**
   * Whether the WHATWG URL parser reads {@code host} as an IPv4 address: its last label (before a
   * final dot) is all digits, or {@code 0x} and hex digits.
   */
  private static boolean endsInANumber(String host) {
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (last.startsWith("0x")) {
      return last.chars().skip(2).allMatch(c -> Character.digit(c, 16) >= 0);
    }
    return !last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Four decimal numbers up to 255 without leading zeros: the one IPv4 spelling a browser keeps as it is. */
  private static boolean isDottedQuad(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
          || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why {@code text} is not an absolute http(s) URL with a host, as {@link #httpUrlProblem(URI)}
   * says it of the URI parsed from it; also when it does not parse. The common shape ({@code
   * http://} or {@code https://}, a host name, an optional port, then RFC 2396 characters) is
   * recognised in one pass without {@link URI}'s parser, which a handler that builds links from
   * text on every request would otherwise run for each of them; anything else is parsed.
   */
  public static Optional<String> httpUrlProblem(String text) {
    if (PlainHttpUrls.matches(text)) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = parse(text);
    } catch (URISyntaxException e) {
      return Optional.of("must be an absolute http or https URI, got \"" + shown(text) + "\" (" + e.getReason() + ")");
    }
    return httpUrlProblem(uri);
  }

  /** An absolute http(s) URL with a host: links, {@code link}s of objects, LINK values. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER}, source = "HUBSPOT-SPEC §5 LINK")
  public static boolean isHttpUrl(String text) {
    return httpUrl(text).isPresent();
  }

  /**
   * Whether {@code actionUri} is under {@code baseUrl} as HubSpot's converter decides it
   * ({@code isValidActionUri}): the same protocol and the same host name, compared without
   * regard to case; port and path do not matter. A text prefix is not enough: {@code
   * https://example.com.evil.org/x} is not under {@code https://example.com}.
   */
  @From(value = {CONVERTER, OLD_CONVERTER, LEGACY_CARDS}, source = "converter definition/CardConfig.ts isValidActionUri")
  public static boolean isUnderBase(String actionUri, String baseUrl) {
    Optional<URI> uri = httpUrl(actionUri);
    Optional<URI> base = httpUrl(baseUrl);
    if (uri.isEmpty() || base.isEmpty()) {
      return false;
    }
    return uri.get().getScheme().equalsIgnoreCase(base.get().getScheme())
        && hostName(uri.get()).equals(hostName(base.get()));
  }

  /** Whether {@code actionUri} is under any of {@code baseUrls} ({@link #isUnderBase}). */
  public static boolean isUnderAnyBase(String actionUri, Collection<String> baseUrls) {
    return baseUrls.stream().anyMatch(base -> isUnderBase(actionUri, base));
  }

  /**
   * Whether {@code actionUri} literally starts with one of {@code baseUrls}: what the cards API's
   * documentation says ("URL prefixes"); HubSpot's converter compares hosts instead.
   */
  @From(value = CARDS_API, source = "HUBSPOT-SPEC §1.2 CardActions.baseUrls")
  public static boolean startsWithAnyBase(String actionUri, Collection<String> baseUrls) {
    return baseUrls.stream().anyMatch(actionUri::startsWith);
  }

  /**
   * Whether a base URL's host is a domain name, as the converter requires: not {@code
   * localhost}, not an IPv4 or IPv6 literal, and with at least one dot.
   */
  @From(value = {CONVERTER, OLD_CONVERTER}, source = "converter zod schema for actions.baseUrls")
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

  /**
   * Why {@code hubspot.fetch} cannot call {@code url}, if it cannot: it calls only absolute https
   * URLs on a public host name, from HubSpot's servers (so never {@code localhost} or an IP).
   */
  @From(value = HUBSPOT_FETCH, source = "HUBSPOT-SPEC §11 URLs")
  public static Optional<String> fetchUrlProblem(String url) {
    Optional<URI> uri = httpUrl(url);
    if (uri.isEmpty()) {
      return Optional.of("hubspot.fetch calls only absolute https URLs, got \"" + shown(url) + "\"");
    }
    if (!uri.get().getScheme().equalsIgnoreCase("https")) {
      return Optional.of("hubspot.fetch calls only https URLs, not plain http: \"" + shown(url) + "\"");
    }
    if (!isDomainName(uri.get().getHost())) {
      return Optional.of(
          "hubspot.fetch calls from HubSpot's servers, so it cannot reach localhost or an IP address (use a public"
              + " host name, such as a tunnel's): \"" + shown(url) + "\"");
    }
    return Optional.empty();
  }

  /** {@code scheme://host[:port]}, lower case, without a default port. */
  @From(value = {HUBSPOT_FETCH, APP_CARD}, source = "HUBSPOT-SPEC §11 permittedUrls.fetch")
  public static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + hostName(uri) + (defaultPort ? "" : ":" + port);
  }

  /** {@link #origin(URI)} of a URL that {@link #httpUrl} accepts. */
  public static String origin(String url) {
    return origin(httpUrl(url).orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + shown(url))));
  }

  private static String hostName(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  /** The verdict on a card URL: a problem, a warning, or neither. */
  public record Verdict(String problem, String warning) {
    static final Verdict OK = new Verdict(null, null);

    public boolean isOk() {
      return problem == null;
    }
  }

  /**
   * The rule for a URL HubSpot calls ({@code targetUrl}, action URIs, base URLs): absolute https
   * with a host, no user information and no fragment; plain http only for localhost, with a
   * warning. {@code what} names the URL in messages.
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, HUBSPOT_FETCH}, source = "HUBSPOT-SPEC §11: fully qualified HTTPS")
  public static Verdict cardUrl(String url, String what) {
    URI uri;
    try {
      uri = parse(url);
    } catch (URISyntaxException e) {
      return new Verdict(what + " \"" + shown(url) + "\" is not a valid URL: " + e.getReason() + ".", null);
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null || uri.getHost() == null) {
      return new Verdict(
          what + " \"" + shown(url) + "\" must be an absolute https URL such as https://example.com/path.", null);
    }
    if (uri.getRawUserInfo() != null) {
      return new Verdict(what + " \"" + shown(uri.toString()) + "\" must not contain user information.", null);
    }
    if (uri.getRawFragment() != null) {
      return new Verdict(what + " \"" + shown(url) + "\" must not contain a #fragment.", null);
    }
    // What a browser would read otherwise: a port above 65535, a host it reads as another address.
    Optional<String> notForBrowsers = httpUrlProblem(uri);
    if (notForBrowsers.isPresent() && (scheme.equals("https") || scheme.equals("http"))) {
      return new Verdict(what + " " + notForBrowsers.get() + ".", null);
    }
    if (scheme.equals("https")) {
      return Verdict.OK;
    }
    if (scheme.equals("http")) {
      if (isLoopback(uri.getHost())) {
        return new Verdict(
            null,
            what + " \"" + shown(url) + "\" uses plain http, accepted for localhost only: HubSpot calls public https"
                + " URLs, so build production with https.");
      }
      return new Verdict(what + " \"" + shown(url) + "\" must use https; plain http is accepted for localhost only.", null);
    }
    return new Verdict(what + " \"" + shown(url) + "\" must use https, not " + scheme + ".", null);
  }

  /**
   * Why {@code actionUri} is not under any of {@code baseUrls}, for messages: "HubSpot's
   * converter requires the same protocol and host as a base URL".
   */
  public static String notUnderBaseReason(String actionUri, Collection<String> baseUrls) {
    boolean textPrefix = startsWithAnyBase(actionUri, baseUrls);
    return "HubSpot requires an action URI to have the protocol and host of one of the card's base URLs "
        + baseUrls.stream().map(Urls::shown).toList()
        + (textPrefix ? " (a matching text prefix is not enough: the host differs)" : "");
  }
}

package dev.crmcards.processor.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URL rules HubSpot applies to card URLs, and {@code ${key}} resolution from processor options. */
public final class UrlRules {
  private UrlRules() {}

  private static final Pattern OPTION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  /** The result of checking one URL: a problem to report, or a warning, or neither. */
  public record Verdict(String problem, String warning) {
    static Verdict ok() {
      return new Verdict(null, null);
    }

    public boolean isOk() {
      return problem == null;
    }
  }

  /**
   * Checks that {@code url} is an absolute https URL with a host; http is accepted for localhost
   * with a warning. {@code what} names the attribute in messages.
   */
  public static Verdict checkAbsolute(String url, String what) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new Verdict(what + " \"" + url + "\" is not a valid URL: " + e.getReason() + ".", null);
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null || uri.getHost() == null) {
      return new Verdict(
          what + " \"" + url + "\" must be an absolute https URL such as https://example.com/path.",
          null);
    }
    if (uri.getRawUserInfo() != null) {
      return new Verdict(what + " \"" + url + "\" must not contain user information.", null);
    }
    if (uri.getRawFragment() != null) {
      return new Verdict(what + " \"" + url + "\" must not contain a #fragment.", null);
    }
    if (scheme.equals("https")) {
      return Verdict.ok();
    }
    if (scheme.equals("http")) {
      if (LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
        return new Verdict(
            null,
            what
                + " \""
                + url
                + "\" uses plain http, accepted for localhost only: HubSpot calls public https"
                + " URLs, so build production with https.");
      }
      return new Verdict(
          what + " \"" + url + "\" must use https; plain http is accepted for localhost only.",
          null);
    }
    return new Verdict(what + " \"" + url + "\" must use https, not " + scheme + ".", null);
  }

  /** scheme://host[:port] of an absolute URL, lower-cased. */
  public static String origin(String url) {
    URI uri = URI.create(url);
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
  }

  /** The raw path of an absolute URL, "/" when empty. */
  public static String path(String url) {
    String path = URI.create(url).getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  public static Optional<String> query(String url) {
    return Optional.ofNullable(URI.create(url).getRawQuery());
  }

  /** The {@code ${key}} names in {@code text}, in order, without repeats. */
  public static Set<String> optionKeys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = OPTION.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /** {@code text} with every {@code ${key}} replaced by its option value; keys must all resolve. */
  public static String resolve(String text, java.util.function.Function<String, String> values) {
    Matcher m = OPTION.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(values.apply(m.group(1))));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}

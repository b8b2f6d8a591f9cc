package dev.crmcards.spring.boot;

import dev.crmcards.core.CardRoutes;
import dev.crmcards.http.PercentEncoding;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The servlet URL patterns that reach the cards' routes and nothing else, so that Spring MVC keeps
 * every other path: a route without placeholders maps exactly ({@code /hubspot/bugs}); one with
 * placeholders maps its literal start ({@code /hubspot/bugs/{id}/resolve} gives {@code
 * /hubspot/bugs/*}); a route at the mount point itself maps the context root alone ({@code ""}).
 * Patterns are decoded, as containers match them against the decoded path.
 */
final class ServletMappings {

  private ServletMappings() {}

  /**
   * The patterns for the cards' routes.
   *
   * @param mountPath the part of a route's path in front of the servlet context: the path of the
   *     public base URL if one is set, otherwise the server's context path; {@code ""} for none
   * @throws IllegalStateException if a route lies outside the mount path or starts with a
   *     placeholder, so that only {@code /*} would reach it
   */
  static List<String> derive(List<CardRoutes> cards, String mountPath) {
    Set<String> patterns = new LinkedHashSet<>();
    for (CardRoutes card : cards) {
      for (String path : card.paths()) {
        patterns.add(pattern(card.cardName(), path, mountPath));
      }
    }
    return List.copyOf(patterns);
  }

  /**
   * Checks that {@code crmcards.path}'s patterns reach every route, as a container matches them
   * (exact, {@code /path/*}, {@code *.extension}, {@code /}); a placeholder stands for any
   * segment. Routes outside the mount path, or with an escaped {@code /}, cannot be judged by
   * pattern and are left to the patterns as given.
   *
   * @throws InvalidPropertyException naming the first route no pattern reaches
   */
  static void checkReach(List<CardRoutes> cards, String mountPath, List<String> patterns) {
    for (CardRoutes card : cards) {
      for (String path : card.paths()) {
        String servletPath = servletPath(path, mountPath);
        if (servletPath != null && patterns.stream().noneMatch(pattern -> reaches(pattern, servletPath))) {
          throw new InvalidPropertyException(
              CrmCardsProperties.PREFIX + ".path",
              patterns + " reach no request to route " + path + " of card '" + card.cardName() + "' ("
                  + (servletPath.isEmpty() ? "the context's root" : servletPath) + " below "
                  + (mountPath.isEmpty() ? "the context" : mountPath) + "), so HubSpot's requests to it would"
                  + " never reach the card; add a pattern that covers it, or leave " + CrmCardsProperties.PREFIX
                  + ".path out to map the cards' own routes",
              null);
        }
      }
    }
  }

  /**
   * A route's path as the servlet container matches it, decoded, its placeholders ({@code {id}},
   * a whole segment each) kept as they are; null when no pattern can be judged.
   */
  private static String servletPath(String path, String mountPath) {
    String within = within(path, mountPath);
    if (within == null || within.isEmpty()) {
      return within;
    }
    StringBuilder decoded = new StringBuilder();
    for (String segment : within.substring(1).split("/", -1)) {
      String text = isPlaceholder(segment) ? segment : matchedAs(segment);
      if (text == null) {
        return null;
      }
      decoded.append('/').append(text);
    }
    return decoded.toString();
  }

  /**
   * The part of a route's raw path below the mount path, from its '/'; "" for the mount point
   * itself; null when the route is not below it.
   */
  private static String within(String path, String mountPath) {
    if (path.equals(mountPath) || path.equals(mountPath + "/")) {
      return "";
    }
    return path.startsWith(mountPath + "/") ? path.substring(mountPath.length()) : null;
  }

  /**
   * A raw segment as every container matches it, decoded; null when no pattern matches it in
   * every container: an escaped {@code /} or {@code %} decodes into another path, or is decoded
   * twice by Tomcat.
   */
  private static String matchedAs(String segment) {
    String text = PercentEncoding.PATH_SEGMENT.decode(segment);
    return text == null || text.indexOf('/') >= 0 || text.indexOf('%') >= 0 ? null : text;
  }

  /** Whether some request to the route's path reaches the pattern: a placeholder stands for any segment. */
  private static boolean reaches(String pattern, String servletPath) {
    if (pattern.equals("/") || pattern.equals("/*")) {
      return true;
    }
    List<String> segments = segments(servletPath);
    if (pattern.startsWith("*.")) {
      String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
      return isPlaceholder(last) || last.endsWith(pattern.substring(1)) && last.length() > pattern.length() - 1;
    }
    boolean prefix = pattern.endsWith("/*");
    List<String> wanted = segments(prefix ? pattern.substring(0, pattern.length() - 2) : pattern);
    if (prefix ? segments.size() < wanted.size() : segments.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (!isPlaceholder(segments.get(i)) && !segments.get(i).equals(wanted.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> segments(String path) {
    return path.isEmpty() ? List.of() : List.of(path.substring(1).split("/", -1));
  }

  /** A route's placeholder: a whole segment in braces, as CardRoutes takes them. */
  private static boolean isPlaceholder(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  private static String pattern(String card, String path, String mountPath) {
    String within = within(path, mountPath);
    if (within == null) {
      throw new IllegalStateException(
          "card '" + card + "': its route " + path + " is not below " + mountPath
              + " (the public base URL's path or the context path); fix the card's URLs or set "
              + CrmCardsProperties.PREFIX + ".path");
    }
    if (within.isEmpty()) {
      // The mount point itself: "", the pattern of exactly the context's root. "/" would be the
      // default servlet's pattern, which Spring MVC's DispatcherServlet holds.
      return "";
    }
    int placeholder = within.indexOf("/{");
    if (placeholder < 0) {
      return decoded(card, path, within);
    }
    if (placeholder == 0) {
      throw new IllegalStateException(
          "card '" + card + "': its route " + path + " starts with a placeholder, which only the"
              + " pattern /* would reach, taking every path from Spring MVC; set "
              + CrmCardsProperties.PREFIX + ".path to the patterns to serve the cards at");
    }
    return decoded(card, path, within.substring(0, placeholder)) + "/*";
  }

  /**
   * The literal start of a route's raw path as a servlet pattern: containers match patterns
   * against the decoded path ({@code /b%C3%BCgs} is served at {@code /bügs}); Jetty takes a
   * pattern as written, Tomcat decodes it first, so only the decoded one works in both.
   */
  private static String decoded(String card, String path, String rawStart) {
    StringBuilder pattern = new StringBuilder(rawStart.length());
    for (String segment : rawStart.substring(1).split("/", -1)) {
      String text = matchedAs(segment);
      if (text == null) {
        throw new IllegalStateException(
            "card '" + card + "': its route " + path + " has an escaped '/' or '%', which no servlet"
                + " pattern matches in every container; set " + CrmCardsProperties.PREFIX
                + ".path to the patterns to serve the cards at");
      }
      pattern.append('/').append(text);
    }
    return pattern.toString();
  }
}

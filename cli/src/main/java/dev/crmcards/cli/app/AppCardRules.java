package dev.crmcards.cli.app;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardObjectType;
import dev.crmcards.cli.definition.UrlShapes;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problem;
import dev.crmcards.cli.problem.Problems;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * HubSpot's rules for app cards on its developer platform, in one place: the platform version,
 * the card locations, the shape of a {@code uid}, the URLs {@code hubspot.fetch} can reach, the
 * scopes a card's record types need and the URLs the app must permit.
 */
public final class AppCardRules {
  /** The first platform version that takes migrated legacy cards. */
  public static final String PLATFORM_VERSION = "2025.2";

  public static final String RECORD_SIDEBAR = "crm.record.sidebar";
  public static final String HELPDESK_SIDEBAR = "helpdesk.sidebar";

  /** HubSpot's limit on cards in one app. */
  public static final int MAX_CARDS = 25;

  /** A {@code uid}: at most 64 letters, digits, dots, underscores and hyphens. */
  public static final int MAX_UID_LENGTH = 64;

  private static final Pattern UID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_UID_LENGTH + "}");

  private AppCardRules() {}

  public static boolean isValidUid(String uid) {
    return UID.matcher(uid).matches();
  }

  /**
   * A stable {@code uid} made from a name: other characters become {@code -}, and a name too
   * long is cut, keeping room for {@code suffix} (such as {@code -helpdesk}).
   */
  public static String uid(String name, String suffix) {
    String base = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    if (base.isEmpty()) {
      base = "card";
    }
    int room = MAX_UID_LENGTH - suffix.length();
    return (base.length() > room ? base.substring(0, room) : base) + suffix;
  }

  /**
   * Whether {@code hubspot.fetch} can call this URL: absolute https on a domain name (it refuses
   * {@code localhost}, IP addresses and plain http).
   */
  public static Optional<String> fetchUrlProblem(String url) {
    Optional<URI> uri = UrlShapes.httpUrl(url);
    if (uri.isEmpty()) {
      return Optional.of("must be an absolute https URL, got \"" + url + "\"");
    }
    if (!uri.get().getScheme().toLowerCase(Locale.ROOT).equals("https")) {
      return Optional.of("hubspot.fetch only calls https URLs, got \"" + url + "\"");
    }
    if (!UrlShapes.isDomainName(uri.get().getHost())) {
      return Optional.of(
          "hubspot.fetch cannot reach localhost or an IP address (it calls from HubSpot's servers;"
              + " put a public host name here, such as a tunnel's), got \"" + url + "\"");
    }
    return Optional.empty();
  }

  /**
   * What an app card needs beyond the converter's rules: a fetch URL and action base URLs that
   * {@code hubspot.fetch} can reach.
   */
  public static List<Problem> check(CardDefinition card) {
    Problems problems = new Problems();
    JsonPath root = JsonPath.ROOT;
    fetchUrlProblem(card.targetUrl())
        .ifPresent(p -> problems.error(root.key("fetch").key("targetUrl"), p));
    List<String> baseUrls = card.baseUrls();
    for (int i = 0; i < baseUrls.size(); i++) {
      int index = i;
      fetchUrlProblem(baseUrls.get(i))
          .ifPresent(p -> problems.error(root.key("actions").key("baseUrls").index(index), p));
    }
    return problems.list();
  }

  /** Whether the card shows on tickets, and so gets a help desk twin. */
  public static boolean showsOnTickets(CardDefinition card) {
    return card.objectTypes().stream().anyMatch(t -> t.name().equals("tickets"));
  }

  /**
   * The scopes the app must request for its cards' record types: {@code crm.objects.<type>.read}
   * and {@code .write} on each, {@code tickets} for tickets (its scope has that one name), and
   * {@code oauth}; sorted.
   */
  public static SortedSet<String> requiredScopes(List<CardDefinition> cards) {
    SortedSet<String> scopes = new TreeSet<>();
    scopes.add("oauth");
    for (CardDefinition card : cards) {
      for (CardObjectType type : card.objectTypes()) {
        if (type.name().equals("tickets")) {
          scopes.add("tickets");
        } else {
          scopes.add("crm.objects." + type.name() + ".read");
          scopes.add("crm.objects." + type.name() + ".write");
        }
      }
    }
    return scopes;
  }

  /** {@code permittedUrls.fetch}: each fetch URL's origin and every action base URL, sorted. */
  public static SortedSet<String> permittedFetchUrls(List<CardDefinition> cards) {
    SortedSet<String> urls = new TreeSet<>();
    for (CardDefinition card : cards) {
      UrlShapes.httpUrl(card.targetUrl()).map(UrlShapes::origin).ifPresent(urls::add);
      urls.addAll(card.baseUrls());
    }
    return urls;
  }

  /**
   * {@code permittedUrls.iframe}: the origins IFRAME actions open, sorted. A definition does not
   * say which base URL serves which action type, but every action's URI is under one of its base
   * URLs, so their origins cover the IFRAME actions.
   */
  public static SortedSet<String> permittedIframeUrls(List<CardDefinition> cards) {
    SortedSet<String> origins = new TreeSet<>();
    for (CardDefinition card : cards) {
      for (String url : card.baseUrls()) {
        UrlShapes.httpUrl(url).map(UrlShapes::origin).ifPresent(origins::add);
      }
    }
    return origins;
  }
}

package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * HubSpot's rules for the developer-platform project an app card lives in: the platform version,
 * the card locations, the shape of a {@code uid} and the scopes a card's record types need.
 */
public final class AppProjects {
  /**
   * The current platform version (GA 2026-03-30), which projects get unless they choose another
   * of {@link #PLATFORM_VERSIONS}.
   */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §12 platform versions")
  public static final String PLATFORM_VERSION = "2026.03";

  /**
   * The platform versions a project may name: 2025.2, the first that takes migrated legacy cards
   * (supported until 18 months after its GA), the current 2026.03, and 2026.09. Oldest first.
   */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 platform versions, §12 platform versions")
  public static final List<String> PLATFORM_VERSIONS = List.of("2025.2", "2026.03", "2026.09");

  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout")
  public static final String RECORD_SIDEBAR = "crm.record.sidebar";

  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout")
  public static final String HELPDESK_SIDEBAR = "helpdesk.sidebar";

  /** A {@code uid}: at most 64 letters, digits, dots, underscores and hyphens. */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout")
  public static final int MAX_UID_LENGTH = 64;

  private static final Pattern UID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_UID_LENGTH + "}");

  /** The most characters of an app's name. */
  @From(value = APP_CARD, source = "HubSpot's app-hsmeta schema: name maxLength 200")
  public static final int MAX_APP_NAME_LENGTH = 200;

  /**
   * Why {@code url} cannot be an OAuth redirect URL of the app, if it cannot: an absolute URL,
   * https, or plain http on this machine (for trying the install flow locally).
   */
  @From(value = APP_CARD, source = "HubSpot's app-hsmeta schema: redirectUrls format uri; HubSpot's OAuth docs")
  public static Optional<String> redirectUrlProblem(String url) {
    Optional<URI> uri = Urls.httpUrl(url);
    if (uri.isEmpty()) {
      return Optional.of("must be an absolute http(s) URL, got \"" + url + "\"");
    }
    if (Urls.isPlainHttpOffThisMachine(uri.get())) {
      return Optional.of("must use https (plain http only on localhost), got \"" + url + "\"");
    }
    return Optional.empty();
  }

  private AppProjects() {}

  /**
   * Why a project cannot name {@code version}, if it cannot: it is not one of {@link
   * #PLATFORM_VERSIONS}.
   */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 platform versions, §12 platform versions")
  public static Optional<String> platformVersionProblem(String version) {
    if (PLATFORM_VERSIONS.contains(version)) {
      return Optional.empty();
    }
    return Optional.of(
        "platform version \"" + version + "\" is not one HubSpot supports for app cards; use one of "
            + String.join(", ", PLATFORM_VERSIONS) + " (the current one is " + PLATFORM_VERSION + ")");
  }

  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout")
  public static boolean isValidUid(String uid) {
    return UID.matcher(uid).matches();
  }

  /**
   * A stable {@code uid} made from a name: other characters become {@code -}, and a name too
   * long is cut, keeping room for {@code suffix} (such as {@code -helpdesk-card}).
   */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §11 project layout")
  public static String uid(String name, String suffix) {
    String base = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    if (base.isEmpty()) {
      base = "card";
    }
    int room = MAX_UID_LENGTH - suffix.length();
    return (base.length() > room ? base.substring(0, room) : base) + suffix;
  }

  /**
   * The scopes an app must request for cards on these record types (definition names such as
   * {@code contacts}): {@code crm.objects.<type>.read} and {@code .write} on each, {@code tickets}
   * for tickets (its scope has that one name), and {@code oauth}; sorted.
   */
  @From(value = APP_CARD, source = "SEED scopes; HUBSPOT-SPEC §1.4, §10 project files")
  public static SortedSet<String> requiredScopes(Collection<String> objectTypeNames) {
    SortedSet<String> scopes = new TreeSet<>();
    scopes.add("oauth");
    for (String type : objectTypeNames) {
      if (type.equals("tickets")) {
        scopes.add("tickets");
      } else {
        scopes.add("crm.objects." + type + ".read");
        scopes.add("crm.objects." + type + ".write");
      }
    }
    return scopes;
  }
}

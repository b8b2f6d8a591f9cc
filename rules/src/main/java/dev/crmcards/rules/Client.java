package dev.crmcards.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who applies a rule: the HubSpot programs that read a card definition or a card server's
 * answers, and crmcards' own app card. Rules differ between them (HUBSPOT-SPEC §10), so every
 * rule and every problem names the clients it concerns.
 */
public enum Client {
  /** HubSpot's cards API ({@code /crm/v3/extensions/cards-dev}), which stores definitions. */
  CARDS_API("cards-api", "HubSpot's cards API"),
  /** The legacy CRM-card renderer in HubSpot's CRM (sunset on 2026-10-31). */
  LEGACY_CARDS("legacy", "legacy cards"),
  /**
   * HubSpot's legacy-card converter app card ({@code ui-extensions-examples/legacy-card-converter})
   * as it is since its 2026-08 fix ({@link LegacyCardConverter#FIX}). Users copy the converter into
   * their project, so copies taken earlier live on as {@link #OLD_CONVERTER}.
   */
  CONVERTER("converter", "HubSpot's legacy-card converter"),
  /**
   * Copies of the converter taken before its 2026-08 fix, such as commit {@code 76d6691}: they show
   * a per-object STATUS the card does not define as "Invalid property". A rule that holds for every
   * copy names both converters.
   */
  OLD_CONVERTER("old-converter", "copies of HubSpot's legacy-card converter taken before its 2026-08 fix"),
  /** {@code hubspot.fetch}, through which app cards call a backend. */
  HUBSPOT_FETCH("hubspot-fetch", "hubspot.fetch"),
  /** The app card crmcards generates for a migrated card. */
  APP_CARD("app-card", "crmcards' app card");

  /**
   * The clients every crmcards card meets now that legacy cards are gone: HubSpot's cards API,
   * {@code hubspot.fetch} and crmcards' card UI. The test kit and {@code check} judge by these
   * unless asked for more (legacy cards and the converter are opt-in).
   */
  public static final Set<Client> APP_CARD_CLIENTS =
      Collections.unmodifiableSet(EnumSet.of(CARDS_API, HUBSPOT_FETCH, APP_CARD));

  /** The word that names every client at once ({@code --client all}). */
  public static final String ALL = "all";

  private final String id;
  private final String description;

  Client(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The short name used on the command line ({@code --client converter}) and in printed problems. */
  public String id() {
    return id;
  }

  /** How messages name the client, e.g. "HubSpot's legacy-card converter". */
  public String description() {
    return description;
  }

  /** The client with this {@link #id()} or constant name, ignoring case. */
  public static Optional<Client> parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (Client c : values()) {
      if (c.id.equals(wanted) || c.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

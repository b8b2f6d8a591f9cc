package dev.crmcards.cli.app;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.rules.AppProjects;
import java.util.List;
import java.util.Optional;

/**
 * What the user chooses about the app: its name and description, who can install it, and where
 * its users find help.
 *
 * @param name the app's name in HubSpot, also the project's name
 * @param distribution {@code private} (one account, static auth) or {@code marketplace} (OAuth)
 * @param redirectUrls the OAuth redirect URLs (marketplace apps only)
 * @param platformVersion the project's {@code platformVersion}, one of {@link
 *     AppProjects#PLATFORM_VERSIONS}
 */
public record AppSettings(
    String name,
    String description,
    Distribution distribution,
    List<String> redirectUrls,
    Optional<String> supportEmail,
    Optional<String> supportUrl,
    Optional<String> documentationUrl,
    String platformVersion) {

  public AppSettings {
    redirectUrls = List.copyOf(redirectUrls);
  }

  /** The name when none is given: the only card's title, or "CRM cards". */
  public static String defaultName(List<CardDefinition> cards) {
    return cards.size() == 1 ? cards.get(0).title() : "CRM cards";
  }

  /** The description when none is given: the cards' titles. */
  public static String defaultDescription(List<CardDefinition> cards) {
    return "CRM cards served by crmcards: "
        + String.join(", ", cards.stream().map(CardDefinition::title).toList()) + ".";
  }

  /**
   * A private app with the default name and description, no support details, on the current
   * platform version.
   */
  public static AppSettings privateApp(List<CardDefinition> cards) {
    return of(cards, AppChoices.defaults());
  }

  /** The settings the user chose, with the defaults for what they left out. */
  public static AppSettings of(List<CardDefinition> cards, AppChoices choices) {
    return new AppSettings(
        choices.name() != null ? choices.name().strip() : defaultName(cards),
        AppChoices.given(choices.description()).orElseGet(() -> defaultDescription(cards)),
        choices.distribution(),
        choices.redirectUrls(),
        AppChoices.given(choices.supportEmail()),
        AppChoices.given(choices.supportUrl()),
        AppChoices.given(choices.documentationUrl()),
        AppChoices.given(choices.platformVersion()).orElse(AppProjects.PLATFORM_VERSION));
  }

  /** Who can install the app. */
  public enum Distribution {
    /** Installed in the developer's own account; auth type {@code static}. */
    PRIVATE("private", "static"),
    /** Listed on HubSpot's marketplace; auth type {@code oauth}. */
    MARKETPLACE("marketplace", "oauth");

    private final String value;
    private final String authType;

    Distribution(String value, String authType) {
      this.value = value;
      this.authType = authType;
    }

    /** The value of {@code config.distribution}. */
    public String value() {
      return value;
    }

    /** The value of {@code config.auth.type}. */
    public String authType() {
      return authType;
    }
  }
}

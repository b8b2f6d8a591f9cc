package dev.crmcards.cli.app;

import java.util.List;
import java.util.Optional;

/**
 * What the user chose for an app project, as given: {@code null} (or empty) where they left the
 * default. {@link AppBuild} turns it into {@link AppSettings} once the cards are read.
 *
 * @param name the app's name; default: the only card's title, or "CRM cards"
 * @param description default: the cards' titles
 * @param platformVersion default: {@link dev.crmcards.rules.AppProjects#PLATFORM_VERSION}
 * @param localUrl where {@code hs project dev} forwards the cards' requests ({@code
 *     src/app/local.json}); {@code null} for no such file
 */
public record AppChoices(
    String name,
    String description,
    AppSettings.Distribution distribution,
    List<String> redirectUrls,
    String supportEmail,
    String supportUrl,
    String documentationUrl,
    String platformVersion,
    String localUrl) {

  public AppChoices {
    distribution = distribution == null ? AppSettings.Distribution.PRIVATE : distribution;
    redirectUrls = redirectUrls == null ? List.of() : List.copyOf(redirectUrls);
  }

  /** Every default: a private app, named after its cards, on the current platform version. */
  public static AppChoices defaults() {
    return new AppChoices(null, null, null, null, null, null, null, null, null);
  }

  /** A value given, stripped; empty when left out or blank. */
  static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}

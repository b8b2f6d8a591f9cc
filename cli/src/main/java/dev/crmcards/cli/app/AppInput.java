package dev.crmcards.cli.app;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.ConverterRules;
import dev.crmcards.rules.AppProjects;
import dev.crmcards.rules.EmailAddresses;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code app} checks before it writes: each definition against the converter's rules
 * and {@link AppCardRules}, the app as a whole (at most 25 cards, names that give distinct files
 * and {@code uid}s) and the settings.
 */
public final class AppInput {
  private AppInput() {}

  /** The problems, each a line naming the file or command-line option; empty when the input is fine. */
  public static List<String> problems(List<CardDefinition> cards, AppSettings settings) {
    return problems(cards, Map.of(), settings, OptionNames.COMMAND_LINE);
  }

  /**
   * The problems, each a line naming the file or option as {@code names} spells it.
   *
   * @param views each card's view by card name; a card missing here has none
   */
  public static List<String> problems(
      List<CardDefinition> cards, Map<String, AppCardView> views, AppSettings settings, OptionNames names) {
    List<String> problems = new ArrayList<>();
    for (CardDefinition card : cards) {
      List<Problem> found = ConverterRules.check(card);
      if (found.isEmpty()) {
        // hubspot.fetch's own rules, once the converter's (which overlap them) are met.
        found = AppCardRules.check(card);
      }
      found.forEach(p -> problems.add(card.source() + " " + p));
    }
    if (cards.size() > Limits.CARDS_PER_APP) {
      problems.add(
          cards.size() + " cards: a HubSpot app holds at most " + Limits.CARDS_PER_APP
              + "; split them over several apps (run app once per set of definitions)");
    }
    Map<String, CardDefinition> byComponent = new HashMap<>();
    Map<String, CardDefinition> byUid = new HashMap<>();
    for (CardDefinition card : cards) {
      CardDefinition clash = byComponent.putIfAbsent(AppProject.componentName(card), card);
      if (clash != null) {
        problems.add(
            card.source() + " and " + clash.source() + " both become "
                + AppProject.componentName(card) + ".tsx; rename one card");
      }
      for (CardComponent component : CardComponent.of(card, AppCardView.of(views, card))) {
        CardDefinition uidClash = byUid.putIfAbsent(component.uid(), card);
        if (uidClash != null && uidClash != card && clash == null) {
          problems.add(
              card.source() + " and " + uidClash.source() + " both get the uid " + component.uid()
                  + "; shorten or rename one card");
        }
      }
    }
    if (settings.name().isBlank()) {
      problems.add(names.name() + ": the app needs a name");
    } else if (settings.name().length() > AppProjects.MAX_APP_NAME_LENGTH) {
      problems.add(names.name() + ": at most " + AppProjects.MAX_APP_NAME_LENGTH + " characters, got "
          + settings.name().length());
    }
    settings.supportEmail().flatMap(EmailAddresses::problem)
        .ifPresent(p -> problems.add(names.supportEmail() + ": " + p));
    addUrlProblem(names.supportUrl(), settings.supportUrl(), problems);
    addUrlProblem(names.documentationUrl(), settings.documentationUrl(), problems);
    AppProjects.platformVersionProblem(settings.platformVersion())
        .ifPresent(p -> problems.add(names.platformVersion() + ": " + p));
    if (settings.distribution() == AppSettings.Distribution.MARKETPLACE) {
      if (settings.redirectUrls().isEmpty()) {
        problems.add(names.redirectUrl() + ": a marketplace app (OAuth) needs at least one redirect URL");
      }
      for (String url : settings.redirectUrls()) {
        AppProjects.redirectUrlProblem(url).ifPresent(p -> problems.add(names.redirectUrl() + ": " + p));
      }
      if (settings.supportEmail().isEmpty()) {
        problems.add(names.supportEmail() + ": a marketplace app must say where its users get help");
      }
    }
    return problems;
  }

  /** Notes an option's URL that is not an absolute http(s) URL, as HubSpot's schema wants. */
  private static void addUrlProblem(String option, Optional<String> url, List<String> problems) {
    url.filter(u -> !Urls.isHttpUrl(u))
        .ifPresent(u -> problems.add(option + ": must be an absolute http(s) URL, got \"" + u + "\""));
  }
}

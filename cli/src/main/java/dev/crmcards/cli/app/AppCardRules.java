package dev.crmcards.cli.app;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardObjectType;
import dev.crmcards.rules.AppProjects;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * HubSpot's app-card rules ({@link AppProjects}, {@link Urls#fetchUrlProblem}) applied to a
 * build's card definitions: what {@code hubspot.fetch} must reach, the scopes and the URLs the app
 * must permit.
 */
final class AppCardRules {
  private static final Set<Client> FETCH = Set.of(Client.HUBSPOT_FETCH, Client.APP_CARD);

  private AppCardRules() {}

  /** A fetch URL and action base URLs that {@code hubspot.fetch} can reach. */
  static List<Problem> check(CardDefinition card) {
    Problems problems = new Problems();
    JsonPath root = JsonPath.ROOT;
    Urls.fetchUrlProblem(card.targetUrl())
        .ifPresent(p -> problems.error(root.key("fetch").key("targetUrl"), FETCH, p));
    List<String> baseUrls = card.baseUrls();
    for (int i = 0; i < baseUrls.size(); i++) {
      JsonPath path = root.key("actions").key("baseUrls").index(i);
      Urls.fetchUrlProblem(baseUrls.get(i)).ifPresent(p -> problems.error(path, FETCH, p));
    }
    return problems.list();
  }

  /** Whether the card shows on tickets, and so may be on the help desk sidebar. */
  static boolean showsOnTickets(CardDefinition card) {
    return card.objectTypes().stream().anyMatch(t -> t.name().equals("tickets"));
  }

  /** {@link AppProjects#requiredScopes} for the record types of all the cards. */
  static SortedSet<String> requiredScopes(List<CardDefinition> cards) {
    return AppProjects.requiredScopes(
        cards.stream().flatMap(c -> c.objectTypes().stream()).map(CardObjectType::name).toList());
  }

  /** {@code permittedUrls.fetch}: each fetch URL's origin and every action base URL, sorted. */
  static SortedSet<String> permittedFetchUrls(List<CardDefinition> cards) {
    SortedSet<String> urls = new TreeSet<>();
    for (CardDefinition card : cards) {
      Urls.httpUrl(card.targetUrl()).map(Urls::origin).ifPresent(urls::add);
      urls.addAll(card.baseUrls());
    }
    return urls;
  }

  /**
   * {@code permittedUrls.iframe}: the origins IFRAME actions open, sorted. A definition does not
   * say which base URL serves which action type, but every action's URI is under one of its base
   * URLs, so their origins cover the IFRAME actions.
   */
  static SortedSet<String> permittedIframeUrls(List<CardDefinition> cards) {
    SortedSet<String> origins = new TreeSet<>();
    for (CardDefinition card : cards) {
      for (String url : card.baseUrls()) {
        Urls.httpUrl(url).map(Urls::origin).ifPresent(origins::add);
      }
    }
    return origins;
  }
}

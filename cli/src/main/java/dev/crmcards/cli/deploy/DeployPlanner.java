package dev.crmcards.cli.deploy;

import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.rules.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides, card by card, whether deploying creates, updates or leaves alone: cards are matched to
 * HubSpot's by title, so deploying twice never creates a card twice.
 */
public final class DeployPlanner {
  private DeployPlanner() {}

  /**
   * @throws UsageException if two local cards share a title
   * @throws ApiException if the app has several cards with a title (which one to update?) or would
   *     exceed HubSpot's limit of cards per app
   */
  public static List<CardChange> plan(List<CardDefinition> local, List<RemoteCard> remote, int appId) {
    Map<String, CardDefinition> byTitle = new HashMap<>();
    for (CardDefinition card : local) {
      CardDefinition other = byTitle.put(card.title(), card);
      if (other != null) {
        throw new UsageException(
            "cards '" + other.name() + "' and '" + card.name() + "' have the same title \""
                + card.title() + "\"; deploy matches cards by title, so titles must differ");
      }
    }
    Map<String, List<RemoteCard>> remoteByTitle =
        remote.stream().collect(Collectors.groupingBy(RemoteCard::title));
    List<CardChange> changes = new ArrayList<>();
    int creates = 0;
    for (CardDefinition card : local) {
      List<RemoteCard> matches = remoteByTitle.getOrDefault(card.title(), List.of());
      if (matches.size() > 1) {
        throw new ApiException(
            0,
            "app " + appId + " has " + matches.size() + " cards titled \"" + card.title() + "\" (ids "
                + matches.stream().map(RemoteCard::id).collect(Collectors.joining(", "))
                + "); delete the extra ones so that deploy knows which to update");
      }
      if (matches.isEmpty()) {
        changes.add(new CardChange(card, CardChange.Kind.CREATE, null, List.of()));
        creates++;
      } else {
        List<String> differences = CardComparison.differences(card, matches.get(0));
        changes.add(
            new CardChange(
                card,
                differences.isEmpty() ? CardChange.Kind.UNCHANGED : CardChange.Kind.UPDATE,
                matches.get(0),
                differences));
      }
    }
    if (remote.size() + creates > Limits.CARDS_PER_APP) {
      throw new ApiException(
          0,
          "app " + appId + " has " + remote.size() + " cards; creating " + creates + " more would"
              + " exceed HubSpot's limit of " + Limits.CARDS_PER_APP + " cards per app");
    }
    return changes;
  }
}

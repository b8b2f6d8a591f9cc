package dev.crmcards.cli.deploy;

import dev.crmcards.cli.definition.CardDefinition;
import java.util.List;

/**
 * What deploying one card does.
 *
 * @param remote the card HubSpot has with the same title, or {@code null} for a new one
 * @param differences the parts that differ (for updates)
 */
public record CardChange(CardDefinition card, Kind kind, RemoteCard remote, List<String> differences) {
  public enum Kind {
    CREATE,
    UPDATE,
    UNCHANGED
  }

  public CardChange {
    differences = List.copyOf(differences);
  }
}

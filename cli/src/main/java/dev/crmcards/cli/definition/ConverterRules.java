package dev.crmcards.cli.definition;

import dev.crmcards.rules.Client;
import dev.crmcards.rules.check.DefinitionCheck;
import dev.crmcards.rules.problem.Problem;
import java.util.List;
import java.util.Set;

/**
 * The problems of a definition that HubSpot's legacy-card converter or the cards API would
 * reject or misrender: {@link DefinitionCheck} narrowed to those clients.
 */
public final class ConverterRules {
  private ConverterRules() {}

  /** Problems concerning the converter or the cards API, notes left out. */
  public static List<Problem> check(CardDefinition definition) {
    return DefinitionCheck.problems(definition.rules()).stream()
        .filter(p -> p.fails() && p.concerns(Set.of(Client.CONVERTER, Client.OLD_CONVERTER, Client.CARDS_API)))
        .toList();
  }
}

package dev.crmcards.rules.check;

import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;

import dev.crmcards.rules.Client;
import java.util.Set;

/** The sets of clients the checks name most often. */
final class Clients {
  private Clients() {}

  /** The two programs that render a data-fetch response. */
  static final Set<Client> RENDERERS = Set.of(LEGACY_CARDS, CONVERTER);
  /** Everything that reads a card definition. */
  static final Set<Client> DEFINITION_READERS = Set.of(CARDS_API, CONVERTER);
  static final Set<Client> LEGACY = Set.of(LEGACY_CARDS);
  static final Set<Client> CONVERTER_ONLY = Set.of(CONVERTER);
  static final Set<Client> API = Set.of(CARDS_API);
  static final Set<Client> API_AND_RENDERERS = Set.of(CARDS_API, LEGACY_CARDS, CONVERTER);
}

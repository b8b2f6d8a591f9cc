package dev.crmcards.rules.check;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import dev.crmcards.rules.Client;
import java.util.Set;

/** The sets of clients the checks name most often. */
final class Clients {
  private Clients() {}

  /** Every copy of HubSpot's legacy-card converter, before and since its 2026-08 fix. */
  static final Set<Client> CONVERTERS = Set.of(CONVERTER, OLD_CONVERTER);
  static final Set<Client> OLD_CONVERTER_ONLY = Set.of(OLD_CONVERTER);
  /** HubSpot's programs that render a data-fetch response: legacy cards and the converter. */
  static final Set<Client> RENDERERS = Set.of(LEGACY_CARDS, CONVERTER, OLD_CONVERTER);
  /** Those and crmcards' card UI, for rules the card UI applies too. */
  static final Set<Client> EVERY_RENDERER = Set.of(LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD);
  /** Everything that reads a card definition. */
  static final Set<Client> DEFINITION_READERS = Set.of(CARDS_API, CONVERTER, OLD_CONVERTER);
  static final Set<Client> LEGACY = Set.of(LEGACY_CARDS);
  static final Set<Client> LEGACY_AND_APP_CARD = Set.of(LEGACY_CARDS, APP_CARD);
  /** crmcards' card UI alone: what only it reads, such as a TABLE answer's total and summary, a FORM's id. */
  static final Set<Client> APP_CARD_ONLY = Set.of(APP_CARD);
  static final Set<Client> API = Set.of(CARDS_API);
  static final Set<Client> API_AND_RENDERERS = Set.of(CARDS_API, LEGACY_CARDS, CONVERTER, OLD_CONVERTER);
}

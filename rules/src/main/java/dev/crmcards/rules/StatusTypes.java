package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.List;

/** The colours of STATUS values: an option's {@code type}, a per-object item's {@code optionType}. */
public final class StatusTypes {
  private StatusTypes() {}

  @From(value = {CARDS_API, LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §1.2 DisplayOption, §5")
  public static final List<String> NAMES = List.of("DEFAULT", "SUCCESS", "WARNING", "DANGER", "INFO");
}

package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.List;
import java.util.Set;

/** Keys of a result object that HubSpot reads itself, so no display property may use them. */
public final class ReservedKeys {
  private ReservedKeys() {}

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1; converter utils/propertyUtils.ts")
  public static final Set<String> OBJECT = Set.of("objectId", "title", "link", "properties", "actions");

  /** {@link #OBJECT} in a fixed order, for messages. */
  public static final List<String> OBJECT_IN_ORDER = List.of("objectId", "title", "link", "properties", "actions");

  /** The top-level keys of a data-fetch response legacy cards, the converter and crmcards' card UI read. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1")
  public static final List<String> RESPONSE = List.of("results", "settingsAction", "primaryAction", "secondaryActions");
}

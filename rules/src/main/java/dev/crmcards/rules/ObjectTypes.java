package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.List;
import java.util.Map;

/** The CRM record types a card shows on, by the names each place uses. */
public final class ObjectTypes {
  private ObjectTypes() {}

  /** {@code fetch.objectTypes[].name} values the converter's schema accepts (and crmcards' card UI shows on). */
  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "converter README; HUBSPOT-SPEC §10")
  public static final List<String> DEFINITION_NAMES = List.of("contacts", "companies", "deals", "tickets");

  /** The cards API's enum: the converter's plus {@code marketing_events}, which no card is known to render. */
  @From(value = CARDS_API, source = "HUBSPOT-SPEC §1.2 CardObjectTypeBody")
  public static final List<String> API_NAMES =
      List.of("contacts", "companies", "deals", "tickets", "marketing_events");

  /** The {@code associatedObjectType} query value HubSpot sends for each definition name. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3")
  public static final Map<String, String> REQUEST_NAMES =
      Map.of("contacts", "CONTACT", "companies", "COMPANY", "deals", "DEAL", "tickets", "TICKET");

  /** The object type ids (0-1 contacts, 0-2 companies, 0-3 deals, 0-5 tickets). */
  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "converter utils/queryParams.ts")
  public static final Map<String, String> TYPE_IDS =
      Map.of("contacts", "0-1", "companies", "0-2", "deals", "0-3", "tickets", "0-5");
}

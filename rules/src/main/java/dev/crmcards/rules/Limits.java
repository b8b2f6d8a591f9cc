package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.HUBSPOT_FETCH;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

/** HubSpot's numeric limits for cards. */
public final class Limits {
  private Limits() {}

  /** Cards one app may have. */
  @From(value = CARDS_API, source = "SEED: \"Each app can include up to 25 CRM cards\"")
  public static final int CARDS_PER_APP = 25;

  /** Objects of a data-fetch response legacy cards (and crmcards' card UI) show; the converter shows every one. */
  @From(value = {LEGACY_CARDS, APP_CARD}, source = "SEED; HUBSPOT-SPEC §1.4, §10.1")
  public static final int OBJECTS_SHOWN = 5;

  /** Properties of an object the converter shows before its "View more" button. */
  @From(value = {CONVERTER, OLD_CONVERTER}, source = "converter definition/CardConfig.ts initialPropertiesCount")
  public static final int PROPERTIES_BEFORE_VIEW_MORE = 3;

  /** How long HubSpot waits for a data fetch (and crmcards' card UI for any request). */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "SEED; converter fetchFromTargetUrl.ts")
  public static final long FETCH_TIMEOUT_MILLIS = 5_000;

  /** How long legacy cards wait for a connection. */
  @From(value = LEGACY_CARDS, source = "SEED")
  public static final long CONNECT_TIMEOUT_MILLIS = 3_000;

  /** The largest request or response body {@code hubspot.fetch} carries. */
  @From(value = HUBSPOT_FETCH, source = "HUBSPOT-SPEC §11")
  public static final int FETCH_BODY_BYTES = 1024 * 1024;
}

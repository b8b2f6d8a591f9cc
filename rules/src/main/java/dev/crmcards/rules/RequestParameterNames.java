package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.List;
import java.util.stream.Stream;

/**
 * The parameters HubSpot sends with every data fetch and action hook, besides the record
 * properties a card asks for: who looks, at which record, in which account (HUBSPOT-SPEC §3).
 */
public final class RequestParameterNames {
  private RequestParameterNames() {}

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3")
  public static final String USER_ID = "userId";

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3")
  public static final String USER_EMAIL = "userEmail";

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3")
  public static final String ASSOCIATED_OBJECT_ID = "associatedObjectId";

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3")
  public static final String ASSOCIATED_OBJECT_TYPE = "associatedObjectType";

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3")
  public static final String PORTAL_ID = "portalId";

  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §10 data fetch")
  public static final String APP_ID = "appId";

  /** The five every request carries, in the order HubSpot sends them. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3, §10")
  public static final List<String> DEFAULTS =
      List.of(USER_ID, USER_EMAIL, ASSOCIATED_OBJECT_ID, ASSOCIATED_OBJECT_TYPE, PORTAL_ID);

  /** The defaults and {@code appId}, which app cards add (after the record properties) and legacy cards never sent. */
  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §10 data fetch")
  public static final List<String> ALL = Stream.concat(DEFAULTS.stream(), Stream.of(APP_ID)).toList();

  /** {@link #ALL} and the paging, sorting and search parameters of a TABLE's data fetch. */
  private static final List<String> OF_TABLE_FETCH = Stream.concat(ALL.stream(), CardViews.TABLE_PARAMETERS.stream()).toList();

  /**
   * The parameters a card's data fetch carries besides the record properties it asks for: {@link
   * #ALL}, and on a TABLE card crmcards' {@link CardViews#TABLE_PARAMETERS}. No name in {@code
   * propertiesToSend} may be one of them: the query would hold the name twice, and the record's
   * value would be lost or read as the parameter.
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §3, §10; API.md §9 wire")
  public static List<String> ofFetch(boolean table) {
    return table ? OF_TABLE_FETCH : ALL;
  }
}

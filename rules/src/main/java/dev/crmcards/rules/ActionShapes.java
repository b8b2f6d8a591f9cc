package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.HUBSPOT_FETCH;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.List;

/** The action types and hook methods of a data-fetch response, and where each may appear. */
public final class ActionShapes {
  private ActionShapes() {}

  public static final String IFRAME = "IFRAME";
  public static final String ACTION_HOOK = "ACTION_HOOK";
  public static final String CONFIRMATION_ACTION_HOOK = "CONFIRMATION_ACTION_HOOK";
  public static final String FORM = "FORM";

  /** The action types HubSpot's legacy cards and its converter know. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1 action objects")
  public static final List<String> LEGACY_TYPES = List.of(IFRAME, ACTION_HOOK, CONFIRMATION_ACTION_HOOK);

  /** Every action type: HubSpot's, and FORM, which only crmcards' card UI shows. */
  @From(value = APP_CARD, source = "HUBSPOT-SPEC §4.1 action objects; API.md §10 ActionType.FORM")
  public static final List<String> TYPES = List.of(IFRAME, ACTION_HOOK, CONFIRMATION_ACTION_HOOK, FORM);

  /** The methods a FORM may submit with: it always sends a body. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final List<String> FORM_METHODS = List.of("POST", "PUT", "PATCH");

  /** The methods of a hook. */
  @From(
      value = {CARDS_API, LEGACY_CARDS, CONVERTER, OLD_CONVERTER, HUBSPOT_FETCH, APP_CARD},
      source = "HUBSPOT-SPEC §4.1, §4.2, §11")
  public static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

  /**
   * The method a hook that names none (absent or null {@code httpMethod}) is sent with, by
   * crmcards' card UI and by {@code preview}: {@code @Action}'s own default. Legacy clients refuse
   * such a hook ({@code check} says so).
   */
  @From(value = APP_CARD, source = "crmcards' card UI actionMethods; @Action.method default")
  public static final String DEFAULT_HOOK_METHOD = "POST";

  /**
   * Where a card's actions appear: on each object ({@code results[].actions}), as the card's
   * primary action ({@code primaryAction}), as its settings ({@code settingsAction}) or among its
   * secondary actions ({@code secondaryActions}).
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1; API.md §1")
  public static final List<String> PLACEMENTS = List.of("OBJECT", "PRIMARY", "SETTINGS", "SECONDARY");

  /**
   * The settings action is an IFRAME for legacy cards; the converter turns an action of any type
   * into its gear button.
   */
  @From(value = LEGACY_CARDS, source = "SEED settingsAction; HUBSPOT-SPEC §10.1")
  public static final String SETTINGS_TYPE = IFRAME;

  /**
   * The iframe modal's size in pixels when an IFRAME action gives none: {@code @Action}'s defaults
   * (literals there, as annotation defaults must be; a processor test holds them equal) and the
   * card's.
   */
  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1 IFRAME width and height")
  public static final int DEFAULT_IFRAME_WIDTH = 890;

  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1 IFRAME width and height")
  public static final int DEFAULT_IFRAME_HEIGHT = 748;

  /** The texts of a confirmation's buttons when the action omits them. */
  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1")
  public static final String DEFAULT_CONFIRM_BUTTON_TEXT = "Yes";

  @From(value = {CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §4.1")
  public static final String DEFAULT_CANCEL_BUTTON_TEXT = "No";

  /**
   * The action types a client opens or sends only when their URI is under the card's base URLs:
   * HubSpot's renderers check hooks only (the converter opens any iframe; legacy cards' documented
   * rule covers iframes too, but they were never seen to refuse one), while crmcards' app card
   * refuses any action outside, since the app's permitted URLs come from the base URLs.
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §10.1 action-URI rule")
  public static List<String> baseUrlCheckedTypes(Client client) {
    return switch (client) {
      case LEGACY_CARDS, CONVERTER, OLD_CONVERTER -> List.of(ACTION_HOOK, CONFIRMATION_ACTION_HOOK);
      case APP_CARD -> TYPES;
      case CARDS_API, HUBSPOT_FETCH -> List.of();
    };
  }
}

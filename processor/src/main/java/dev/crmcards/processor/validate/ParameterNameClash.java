package dev.crmcards.processor.validate;

import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.RequestParameterNames;

/**
 * The message for a record property a card asks HubSpot to send under the name of a parameter the
 * request already has ({@link RequestParameterNames#ofFetch}): the query would hold the name
 * twice, and the record's value would be lost or read as the parameter.
 */
final class ParameterNameClash {
  private ParameterNameClash() {}

  /**
   * @param where the attribute as the message names it, e.g. {@code propertiesToSend of CONTACTS}
   * @param attribute the attribute's own name, which the fix names
   * @param request what HubSpot sends, e.g. {@code data fetch}
   */
  static String message(String where, String attribute, String property, String request) {
    boolean table = CardViews.TABLE_PARAMETERS.contains(property);
    return where + " names \"" + property + "\", which "
        + (table
            ? "a TABLE card's data fetch already has for its paging, sorting and search ("
                + String.join(", ", CardViews.TABLE_PARAMETERS) + ")"
            : "HubSpot already sends with every " + request + " ("
                + String.join(", ", RequestParameterNames.ALL) + ")")
        + ", so the record's value would be read as that parameter or lost. Remove \"" + property
        + "\" from " + attribute + " and read that property from HubSpot's CRM API by associatedObjectId"
        + (table ? ", or use layout = CardLayout.TILES." : ".");
  }
}

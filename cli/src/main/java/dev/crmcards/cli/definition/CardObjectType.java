package dev.crmcards.cli.definition;

import java.util.List;

/**
 * One entry of {@code fetch.objectTypes}: a record type the card shows on, and the record
 * properties HubSpot appends to the data fetch.
 *
 * @param name the definition name, such as {@code contacts}
 */
public record CardObjectType(String name, List<String> propertiesToSend) {
  public CardObjectType {
    propertiesToSend = List.copyOf(propertiesToSend);
  }
}

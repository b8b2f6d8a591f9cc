package dev.crmcards.rules.check;

import java.util.List;
import java.util.Optional;

/**
 * The record types a card shows on, its {@code fetch.objectTypes}: HubSpot asks a card for a
 * record of those alone, so a check that plays another asks for what never comes and is refused.
 */
public final class ShownObjectTypes {
  private ShownObjectTypes() {}

  /**
   * Why a request for a record of {@code definitionName} (contacts, deals...) is not one HubSpot
   * sends card {@code cardName}, e.g. {@code card 'renewals' does not show on contacts; it shows
   * on [deals, tickets]}; empty when the card shows on it.
   */
  public static Optional<String> refusal(String cardName, Definition card, String definitionName) {
    List<String> shown = card.objectTypes().stream().map(Definition.ObjectType::name).toList();
    return shown.contains(definitionName)
        ? Optional.empty()
        : Optional.of("card '" + cardName + "' does not show on " + definitionName + "; it shows on " + shown);
  }
}

package dev.crmcards.rules;

import static dev.crmcards.rules.Client.CARDS_API;

/** The cards API's {@code fetch.cardType}: deprecated, yet required of a new card on its dated paths. */
public final class CardTypes {
  private CardTypes() {}

  /** The card type of a card whose data fetch goes to the developer's own server, as every crmcards card's does. */
  @From(value = CARDS_API, source = "HUBSPOT-SPEC §1.2 CardFetchBody: cardType required in the date-versioned specs")
  public static final String EXTERNAL = "EXTERNAL";

  /** The key, in a definition's {@code fetch}. */
  @From(value = CARDS_API, source = "HUBSPOT-SPEC §1.2 CardFetchBody")
  public static final String KEY = "cardType";
}

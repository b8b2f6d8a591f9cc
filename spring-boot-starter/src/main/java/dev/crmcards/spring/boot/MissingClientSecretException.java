package dev.crmcards.spring.boot;

import java.util.List;

/** Startup stops with this when cards are to be served and {@code crmcards.client-secret} is not set. */
public final class MissingClientSecretException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> cards;

  MissingClientSecretException(List<String> cards) {
    super("the property " + CrmCardsProperties.CLIENT_SECRET + " is not set; it must hold the"
        + " HubSpot app's client secret to serve the cards " + cards);
    this.cards = List.copyOf(cards);
  }

  /** The names of the cards that were to be served. */
  public List<String> cards() {
    return cards;
  }
}

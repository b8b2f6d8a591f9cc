package dev.crmcards.cli.preview;

import dev.crmcards.cli.definition.CardDefinition;
import java.util.List;
import java.util.Map;

/**
 * What a preview shows and whom it calls.
 *
 * @param cards the card definitions to choose from (at least one)
 * @param url the card server's data-fetch URL (the {@code --url})
 * @param secret the app's client secret, to sign with
 * @param port the local port, 0 for any free one
 * @param objectType the record type to play first, or {@code null} for each card's first
 * @param properties {@code --property} values
 */
public record PreviewSettings(
    List<CardDefinition> cards,
    String url,
    String secret,
    int port,
    String objectType,
    Map<String, String> properties) {

  public PreviewSettings {
    cards = List.copyOf(cards);
    properties = Map.copyOf(properties);
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("no cards to preview");
    }
  }

  @Override
  public String toString() {
    return "PreviewSettings[" + cards.size() + " cards, url=" + url + ", port=" + port + "]";
  }
}

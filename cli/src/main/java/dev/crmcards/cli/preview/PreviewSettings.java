package dev.crmcards.cli.preview;

import dev.crmcards.cli.check.CardServerUrl;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.cli.request.Signer;
import dev.crmcards.rules.Client;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a preview shows and whom it calls.
 *
 * @param cards the card definitions to choose from (at least one)
 * @param server the card server (the {@code --url})
 * @param secret the app's client secret, to sign with
 * @param port the local port, 0 for any free one
 * @param objectType the record type to play first, or {@code null} for each card's first
 * @param properties {@code --property} values
 * @param clients whose problems to show (the {@code --client})
 * @param signatures which signatures to send
 * @param signer whom to play: HubSpot, or {@code hs project dev}'s local proxy
 */
public record PreviewSettings(
    List<CardDefinition> cards,
    CardServerUrl server,
    String secret,
    int port,
    String objectType,
    Map<String, String> properties,
    Set<Client> clients,
    SignatureChoice signatures,
    Signer signer) {

  public PreviewSettings {
    cards = List.copyOf(cards);
    properties = Map.copyOf(properties);
    clients = Set.copyOf(clients);
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("no cards to preview");
    }
  }

  /** Showing the problems of every client, playing HubSpot with both signatures. */
  public PreviewSettings(
      List<CardDefinition> cards, String url, String secret, int port, String objectType, Map<String, String> properties) {
    this(
        cards, new CardServerUrl(url), secret, port, objectType, properties, EnumSet.allOf(Client.class),
        SignatureChoice.BOTH, Signer.HUBSPOT);
  }

  @Override
  public String toString() {
    return "PreviewSettings[" + cards.size() + " cards, url=" + server.url() + ", port=" + port + "]";
  }
}

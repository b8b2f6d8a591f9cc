package dev.crmcards.cli;

import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.cli.request.Signer;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that play HubSpot against a card server: where it runs, the secret
 * to sign with and how, and the record to play.
 */
final class CardServerOptions {
  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The card server: where to send the data fetch, e.g. http://127.0.0.1:8080/demo-fetch"
          + " (or only its origin, to use the targetUrl's path); actions go to the same path on its origin.")
  String url;

  @Option(
      names = "--object-type",
      paramLabel = "T",
      description = "The record type to play: contacts, companies, deals or tickets (default: the card's first).")
  String objectType;

  @Option(
      names = "--property",
      paramLabel = "name=value",
      description = "A value of the record to send instead of the sample (repeatable): a propertiesToSend"
          + " or associatedObjectProperties name, or a default (userId, userEmail, associatedObjectId,"
          + " associatedObjectType, portalId).")
  Map<String, String> properties = new LinkedHashMap<>();

  @Mixin SigningOptions signing;

  SignatureChoice signature() {
    return signing.signature;
  }

  Signer signer() {
    return signing.signer();
  }

  /** The secret to sign with: {@code --secret}, else the environment's. */
  String secret(Map<String, String> environment) {
    return signing.secret(environment);
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.cli.request.Signer;
import java.util.LinkedHashMap;
import java.util.Map;
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
      names = "--secret",
      paramLabel = "S",
      description = "The app's client secret to sign with (default: $HUBSPOT_CLIENT_SECRET).")
  String secret;

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

  @Option(
      names = "--signature",
      paramLabel = "v2|v3|both",
      defaultValue = "both",
      description = "Which signatures to send: v2, v3 or both (default: both, as HubSpot does).")
  SignatureChoice signature;

  @Option(
      names = "--local-proxy",
      description = "Sign as hs project dev's local proxy does: for the URL called, exactly as sent."
          + " Without it, requests are signed as HubSpot signs them: for the URL the card declares"
          + " (the definition's targetUrl, the action's uri), wherever --url sends them.")
  boolean localProxy;

  Signer signer() {
    return localProxy ? Signer.LOCAL_PROXY : Signer.HUBSPOT;
  }

  /** The secret to sign with: {@code --secret}, else the environment's. */
  String secret(Map<String, String> environment) {
    return ClientSecret.resolve(secret, environment);
  }
}

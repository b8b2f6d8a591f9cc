package dev.crmcards.cli;

import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.cli.request.Signer;
import java.util.Map;
import picocli.CommandLine.Option;

/** How the commands that sign requests sign them: the secret, the signature versions, and who signs. */
final class SigningOptions {
  @Option(
      names = "--secret",
      paramLabel = "S",
      description = "The app's client secret to sign with (default: $HUBSPOT_CLIENT_SECRET, which is better:"
          + " a secret given here shows in the process list and stays in the shell's history).")
  String secret;

  @Option(
      names = "--signature",
      paramLabel = "v2|v3|both",
      defaultValue = "both",
      description = "Which signatures to send: v2, v3 or both (default: both, as HubSpot does). A"
          + " crmcards server refuses v2 alone unless set up with requireV3(false).")
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

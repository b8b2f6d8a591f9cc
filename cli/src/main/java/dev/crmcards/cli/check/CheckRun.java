package dev.crmcards.cli.check;

import dev.crmcards.CrmObjectType;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.cli.definition.ObjectTypeNames;
import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.cli.request.Signer;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.problem.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code check} does, for the command line and the Maven plugin's {@code check} goal alike:
 * reads the card, plays HubSpot's data fetch against the card server, and says what came of it.
 */
public final class CheckRun {
  private CheckRun() {}

  /**
   * What to check.
   *
   * @param definitions a definition file, a directory of them, a build output directory or a jar
   * @param card which card of {@code definitions}, or {@code null} for the only one
   * @param url the card server ({@code --url})
   * @param secret the app's client secret
   * @param objectType the record type to play, or {@code null} for the card's first
   * @param properties record values to send instead of the samples
   * @param clients whose problems to report
   * @param names how the user gave these options, for messages
   */
  public record Options(
      Path definitions,
      String card,
      String url,
      String secret,
      String objectType,
      Map<String, String> properties,
      SignatureChoice signatures,
      Signer signer,
      Set<Client> clients,
      CheckOptionNames names) {
    public Options {
      properties = Map.copyOf(properties);
      clients = Set.copyOf(clients);
    }
  }

  /**
   * What the check found.
   *
   * @param summary one line: what was sent, signed how, and the answer; a second line for the
   *     next page of a TABLE when that was asked for too
   * @param hint what to look at when the server refused the signature
   */
  public record Report(CheckResult result, String summary, Optional<String> hint) {
    public boolean clean() {
      return result.clean();
    }

    public List<Problem> failures() {
      return result.failures();
    }

    public List<Problem> notes() {
      return result.notes();
    }
  }

  /** @throws dev.crmcards.cli.UsageException for bad options or an unreachable server */
  public static Report run(Options options, Clock clock) {
    CardServerUrl server = new CardServerUrl(options.url(), options.names().url());
    CardDefinition card = DefinitionLoader.loadOne(options.definitions(), options.card(), options.names().card());
    CrmObjectType type = ObjectTypeNames.choose(card, options.objectType());
    CheckResult result =
        new FetchCheck(clock)
            .run(card, type, server, options.secret(), options.signatures(), options.signer(), options.properties())
            .concerning(options.clients());
    return new Report(result, summary(result, type, options),
        hint(result, options.signer(), options.signatures(), options.names()));
  }

  private static String summary(CheckResult result, CrmObjectType type, Options options) {
    long failures = result.problems().stream().filter(Problem::fails).count();
    int objects = result.body() != null && result.body().path("results").isArray()
        ? result.body().path("results").size()
        : 0;
    String first = "GET " + FetchCheck.withoutQuery(result.request().url()) + " (" + type.definitionName() + ", signed "
        + options.signatures().describe() + " for " + FetchCheck.withoutQuery(result.request().signedUrl()) + " "
        + options.signer().describe() + ") -> " + answer(result.status(), result.elapsedMillis(), objects) + ": "
        + (failures == 0 ? "no problems" : failures + (failures == 1 ? " problem" : " problems"));
    return result.nextPage()
        .map(next -> first + "\nGET " + FetchCheck.withoutQuery(next.request().url()) + " with page=" + next.page()
            + " (signed the same way; the card offers this page after a full one) -> "
            + answer(next.status(), next.elapsedMillis(), next.objects()))
        .orElse(first);
  }

  /** "HTTP 200 in 12 ms, 3 objects", or "no response ..." when none came. */
  private static String answer(int status, long elapsedMillis, int objects) {
    return (status < 0 ? "no response" : "HTTP " + status) + " in " + elapsedMillis + " ms, " + objects
        + (objects == 1 ? " object" : " objects");
  }

  private static Optional<String> hint(
      CheckResult result, Signer signer, SignatureChoice signatures, CheckOptionNames names) {
    if (result.status() != 401) {
      return Optional.empty();
    }
    String signed = FetchCheck.withoutQuery(result.request().signedUrl());
    if (signatures == SignatureChoice.V2) {
      return Optional.of(
          "The server refused a request signed v2 alone, for " + signed + ". A crmcards server requires"
              + " v3, which carries a timestamp, unless it is set up with requireV3(false)"
              + " (crmcards.require-v3=false); HubSpot signs both ways. Check with " + names.signature()
              + " both, or else check the secret.");
    }
    String localProxy = names.localProxy();
    if (signer == Signer.HUBSPOT) {
      return Optional.of(
          "The server refused the signature HubSpot makes, for " + signed + ". Check the secret. A"
              + " crmcards server checks it for the URL its card declares; behind a proxy that changes the"
              + " path it needs its public base URL (PUBLIC_BASE_URL). A server set up for hs project dev"
              + " may expect the local proxy's signature: try " + localProxy + ".");
    }
    return Optional.of(
        "The server refused the signature hs project dev's local proxy makes, for " + signed + ". Check"
            + " the secret. A crmcards server accepts the local proxy's signature only with"
            + " CardSettings.Builder.acceptLocalProxy(true) (the example server turns it on when it listens"
            + " on loopback); without it, check as HubSpot (without " + localProxy + ").");
  }
}

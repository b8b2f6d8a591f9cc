package dev.crmcards.cli;

import dev.crmcards.CrmObjectType;
import dev.crmcards.cli.check.CheckResult;
import dev.crmcards.cli.check.ClientFilter;
import dev.crmcards.cli.check.FetchCheck;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.cli.definition.ObjectTypeNames;
import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Check a card server the way HubSpot calls it.",
    description = {
      "Plays HubSpot: sends the signed data fetch a user opening a record causes, then checks the"
          + " answer against the rules of the clients that read it: legacy cards, HubSpot's"
          + " legacy-card converter (copies since its 2026-08 fix, and older ones) and crmcards' card"
          + " UI. Each problem says which client it concerns; --client narrows.",
      "Prints one line per problem, '<json path>: [<clients>] <what is wrong>'; notes and a"
          + " summary go to standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found", "2:usage or I/O error"})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Option(
      names = "--definitions",
      paramLabel = "FILE|DIR|JAR",
      description = "The card definition: a META-INF/crmcards/<name>.json file, or a directory or jar"
          + " of them (then --card names one).")
  Path definitions;

  /** The spelling this option had before every command said --definitions. */
  @Option(names = "--definition", hidden = true, paramLabel = "FILE")
  Path definition;

  @Option(names = "--card", paramLabel = "NAME", description = "Which card of --definitions to check.")
  String cardName;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "Where to send the data fetch, e.g. http://127.0.0.1:8080/demo-fetch.")
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
      description = "A value of the record to send instead of the sample (repeatable): one of the"
          + " card's propertiesToSend, or a default (userId, userEmail, associatedObjectId,"
          + " associatedObjectType, portalId).")
  Map<String, String> properties = new LinkedHashMap<>();

  @Option(
      names = "--signature",
      paramLabel = "v2|v3|both",
      defaultValue = "both",
      description = "Which signatures to send: v2, v3 or both (default: both, as HubSpot does).")
  SignatureChoice signature;

  @Mixin ClientFilter clients;

  @Override
  public Integer call() {
    Path path = definitions != null ? definitions : definition;
    if (path == null) {
      throw new UsageException("Missing required option: '--definitions=FILE|DIR|JAR'");
    }
    CardDefinition card = DefinitionLoader.loadOne(path, cardName);
    CrmObjectType type = ObjectTypeNames.choose(card, objectType);
    if (!Urls.isHttpUrl(url)) {
      throw new UsageException("--url must be an absolute http(s) URL, got " + url);
    }
    String clientSecret = ClientSecret.resolve(secret, cli.environment());
    CheckResult result =
        new FetchCheck(Clock.systemUTC())
            .run(card, type, url, clientSecret, signature, properties)
            .concerning(clients.selected());

    PrintWriter out = cli.out();
    PrintWriter err = cli.err();
    result.failures().forEach(out::println);
    result.notes().forEach(err::println);
    err.println(summary(result, type));
    return result.clean() ? 0 : 1;
  }

  private String summary(CheckResult result, CrmObjectType type) {
    long failures = result.problems().stream().filter(Problem::fails).count();
    String status = result.status() < 0 ? "no response" : "HTTP " + result.status();
    int objects = result.body() != null && result.body().path("results").isArray()
        ? result.body().path("results").size()
        : 0;
    return "GET " + url + " (" + type.definitionName() + ", signed " + signature.describe() + ") -> " + status
        + " in " + result.elapsedMillis() + " ms, " + objects + (objects == 1 ? " object" : " objects")
        + ": " + (failures == 0 ? "no problems" : failures + (failures == 1 ? " problem" : " problems"));
  }
}

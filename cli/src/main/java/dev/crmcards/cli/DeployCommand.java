package dev.crmcards.cli;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.cli.definition.UrlShapes;
import dev.crmcards.cli.deploy.ApiException;
import dev.crmcards.cli.deploy.CardChange;
import dev.crmcards.cli.deploy.Credentials;
import dev.crmcards.cli.deploy.DeployReport;
import dev.crmcards.cli.deploy.Deployer;
import dev.crmcards.cli.deploy.RetryPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    header = "Create or update an app's cards through HubSpot's cards API.",
    description = {
      "Creates or updates every card of an app through HubSpot's cards API. Cards are matched by"
          + " title: a card HubSpot already has is updated (or left alone when it is the same),"
          + " a new one is created; deploying twice never creates a card twice.",
      "Credentials come from the environment: HUBSPOT_DEVELOPER_API_KEY (sent as hapikey) or"
          + " HUBSPOT_ACCESS_TOKEN (sent as a bearer token). Rate limits (429) and server errors"
          + " (5xx) are retried with exponential backoff, at most 5 attempts."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:deployed (or planned)", "1:HubSpot refused", "2:usage or I/O error"})
final class DeployCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Option(
      names = "--definitions",
      required = true,
      paramLabel = "DIR",
      description = "A directory of card definitions (*.json), a build output directory, or a jar.")
  Path definitions;

  @Option(names = "--app-id", required = true, paramLabel = "N", description = "The HubSpot app's id.")
  int appId;

  @Option(
      names = "--api-base",
      paramLabel = "URL",
      defaultValue = "https://api.hubapi.com",
      description = "HubSpot's API origin (default: ${DEFAULT-VALUE}).")
  String apiBase;

  @Option(names = "--dry-run", description = "Print what would change (create, update, unchanged); write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    List<CardDefinition> cards = DefinitionLoader.load(definitions);
    if (!UrlShapes.isHttpUrl(apiBase)) {
      throw new UsageException("--api-base must be an http(s) URL, got " + apiBase);
    }
    Credentials credentials = Credentials.fromEnvironment(cli.environment());
    Deployer deployer =
        new Deployer(apiBase, appId, credentials, RetryPolicy.DEFAULT, cli.err()::println);
    try {
      List<CardChange> plan = deployer.plan(cards);
      if (dryRun) {
        plan.forEach(change -> cli.out().println(DeployReport.planned(change)));
        cli.err().println("Dry run: nothing was changed in app " + appId + ".");
      } else {
        deployer.apply(plan, cli.out()::println);
      }
      return 0;
    } catch (ApiException e) {
      cli.err().println("crmcards deploy: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      throw new UsageException(credentials.redact(e.getMessage()), e);
    }
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.deploy.ApiException;
import dev.crmcards.cli.deploy.CardChange;
import dev.crmcards.cli.deploy.Credentials;
import dev.crmcards.cli.deploy.DeployReport;
import dev.crmcards.cli.deploy.Deployer;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.check.DefinitionCheck;
import dev.crmcards.rules.problem.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "It calls HubSpot's 2026-03 paths (/crm/extensions/cards-dev/2026-03/{appId}); --api-version v3"
          + " calls the v3 ones, which HubSpot stops supporting in September 2027.",
      "Credentials come from the environment: HUBSPOT_DEVELOPER_API_KEY (sent as hapikey) or"
          + " HUBSPOT_ACCESS_TOKEN (sent as a bearer token). Rate limits (429) and server errors"
          + " (5xx) are retried with exponential backoff, at most 5 attempts.",
      "Definitions the cards API would refuse, or more than 25 cards, are listed and nothing is sent."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:deployed (or planned)", "1:HubSpot refused", "2:usage or I/O error"})
final class DeployCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Mixin DefinitionsOption definitions;

  @Mixin HubSpotApiOptions api;

  @Option(names = "--dry-run", description = "Print what would change (create, update, unchanged); write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    List<CardDefinition> cards = definitions.load();
    if (refusedByTheCardsApi(cards)) {
      return 1;
    }
    Credentials credentials = Credentials.fromEnvironment(cli.environment());
    Deployer deployer = new Deployer(api.open(cli, credentials));
    int appId = api.appId;
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

  /** Lists what the cards API would refuse; true when there is anything. */
  private boolean refusedByTheCardsApi(List<CardDefinition> cards) {
    boolean refused = false;
    if (cards.size() > Limits.CARDS_PER_APP) {
      cli.out().println(
          definitions.path() + ": [cards-api] " + cards.size() + " cards, but HubSpot allows at most "
              + Limits.CARDS_PER_APP + " per app");
      refused = true;
    }
    for (CardDefinition card : cards) {
      for (Problem problem : DefinitionCheck.problems(card.rules())) {
        if (problem.fails() && problem.concerns(Set.of(Client.CARDS_API))) {
          cli.out().println(card.source() + " " + problem);
          refused = true;
        }
      }
    }
    if (refused) {
      cli.err().println("HubSpot's cards API would refuse this; nothing was sent.");
    }
    return refused;
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.deploy.ApiException;
import dev.crmcards.cli.deploy.CardsApi;
import dev.crmcards.cli.deploy.Credentials;
import dev.crmcards.cli.deploy.RemoteCard;
import dev.crmcards.cli.deploy.ViewMigration;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "migrate-views",
    mixinStandardHelpOptions = true,
    header = "Swap a legacy card for its app card on the record pages of every account.",
    description = {
      "Asks HubSpot to put an app card where a legacy card was, in every account that installed the"
          + " app (POST /crm/extensions/cards-dev/2026-03/{appId}/views/migrate), and prints HubSpot's"
          + " message and progress. The swap runs in the background: run the same command again to see"
          + " how far it got. Then delete the legacy card.",
      "The legacy card is named by its id (--legacy-card-id) or its title (--legacy-card, looked up in"
          + " the app's card list). The app card's id is in HubSpot's projects tool; a legacy card shown"
          + " on tickets in the help desk also needs --helpdesk-app-card-id.",
      "Credentials, retries and exit codes are those of deploy: HUBSPOT_DEVELOPER_API_KEY (sent as"
          + " hapikey) or HUBSPOT_ACCESS_TOKEN; 429 and 5xx are retried, at most 5 attempts."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:HubSpot took the request", "1:HubSpot refused", "2:usage or I/O error"})
final class MigrateViewsCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Mixin HubSpotApiOptions api;

  @ArgGroup(multiplicity = "1")
  LegacyCard legacyCard;

  /** The legacy card: by id, or by title. */
  static final class LegacyCard {
    @Option(names = "--legacy-card-id", required = true, paramLabel = "ID", description = "The legacy card's id.")
    Long id;

    @Option(
        names = "--legacy-card",
        required = true,
        paramLabel = "TITLE",
        description = "The legacy card's title, looked up in the app's card list.")
    String title;
  }

  @Option(names = "--app-card-id", required = true, paramLabel = "ID", description = "The app card that replaces it.")
  long appCardId;

  @Option(
      names = "--helpdesk-app-card-id",
      paramLabel = "ID",
      description = "The app card that replaces it on tickets in the help desk (its help desk twin).")
  Long helpdeskAppCardId;

  @Option(
      names = "--allow-duplicates",
      description = "Let the app card replace several legacy cards (allowDuplicateAppCardIds).")
  boolean allowDuplicates;

  @Override
  public Integer call() {
    HubSpotApiOptions.requireId("--app-card-id", appCardId);
    if (legacyCard.id != null) {
      HubSpotApiOptions.requireId("--legacy-card-id", legacyCard.id);
    } else if (legacyCard.title.isBlank()) {
      throw new UsageException("--legacy-card must be the legacy card's title, got \"" + legacyCard.title + "\"");
    }
    if (helpdeskAppCardId != null) {
      HubSpotApiOptions.requireId("--helpdesk-app-card-id", helpdeskAppCardId);
    }
    Credentials credentials = Credentials.fromEnvironment(cli.environment());
    CardsApi cards = api.open(cli, credentials);
    try {
      long legacyId = legacyCard.id != null ? legacyCard.id : lookUp(cards, legacyCard.title);
      ViewMigration request =
          new ViewMigration(
              legacyId, appCardId,
              helpdeskAppCardId == null ? OptionalLong.empty() : OptionalLong.of(helpdeskAppCardId),
              allowDuplicates);
      ViewMigration.Status status = cards.migrateViews(request);
      status.lines().forEach(cli.out()::println);
      if (status.endedShort()) {
        cli.err().println("The swap ended with " + status.remainingPortalCount().getAsLong() + " account(s) not"
            + " swapped; keep legacy card " + legacyId + " and run this again.");
        return 1;
      }
      cli.err().println(
          status.done()
              ? "The app card has replaced legacy card " + legacyId + " everywhere; delete the legacy card."
              : "HubSpot swaps the views in the background; run this again to see how far it got.");
      return 0;
    } catch (ApiException e) {
      cli.err().println("crmcards migrate-views: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      throw new UsageException(credentials.redact(e.getMessage()), e);
    }
  }

  /** The id of the app's one card with this title. */
  private long lookUp(CardsApi cards, String title) throws IOException {
    List<RemoteCard> all = cards.list();
    List<RemoteCard> matching = all.stream().filter(c -> c.title().equals(title)).toList();
    if (matching.isEmpty()) {
      throw new UsageException(
          "app " + cards.appId() + " has no legacy card titled \"" + title + "\"; its cards: "
              + all.stream().map(c -> "\"" + c.title() + "\" (id " + c.id() + ")").toList());
    }
    if (matching.size() > 1) {
      throw new UsageException(
          "app " + cards.appId() + " has " + matching.size() + " cards titled \"" + title + "\" (ids "
              + matching.stream().map(RemoteCard::id).toList() + "); name one with --legacy-card-id");
    }
    String id = matching.get(0).id();
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new UsageException("HubSpot gave the card \"" + title + "\" the id '" + id + "', which is not a number");
    }
  }
}

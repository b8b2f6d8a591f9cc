package dev.crmcards.cli.check;

import dev.crmcards.cli.UsageException;
import dev.crmcards.rules.Client;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The {@code --client} option of the commands that report problems: which clients to report for. */
public final class ClientFilter {
  @Option(
      names = "--client",
      split = ",",
      paramLabel = "CLIENT",
      description =
          "Report only the problems of these clients (repeatable or comma-separated): legacy (legacy cards),"
              + " converter (HubSpot's legacy-card converter, as since its 2026-08 fix), old-converter (copies"
              + " of it taken before), cards-api, hubspot-fetch, app-card (crmcards' card UI), or all."
              + " Default: an app card's, which are cards-api, hubspot-fetch and app-card.")
  List<String> names = new ArrayList<>();

  /** The chosen clients; an app card's ({@link Client#APP_CARD_CLIENTS}) when none was named. */
  public Set<Client> selected() {
    return parse(names);
  }

  /**
   * The clients named by their ids ({@code converter}, {@code app-card}...) or {@code all}; an app
   * card's for none: legacy cards are gone, and the converter is a client only for those who use it.
   *
   * @throws UsageException for a name that is no client's
   */
  public static Set<Client> parse(List<String> names) {
    return parse(names, CheckOptionNames.COMMAND_LINE.client());
  }

  /** As {@link #parse(List)}; {@code option} is how the user gave the names, for the message. */
  public static Set<Client> parse(List<String> names, String option) {
    if (names == null || names.isEmpty()) {
      return Client.APP_CARD_CLIENTS;
    }
    Set<Client> clients = EnumSet.noneOf(Client.class);
    for (String name : names) {
      if (name.strip().equalsIgnoreCase(Client.ALL)) {
        return EnumSet.allOf(Client.class);
      }
      clients.add(
          Client.parse(name)
              .orElseThrow(
                  () -> new UsageException(
                      "unknown " + option + " '" + name + "'; use one of "
                          + Arrays.stream(Client.values()).map(Client::id).toList() + " or " + Client.ALL)));
    }
    return clients;
  }
}

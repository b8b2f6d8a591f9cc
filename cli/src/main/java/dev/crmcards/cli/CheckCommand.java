package dev.crmcards.cli;

import dev.crmcards.cli.check.CheckOptionNames;
import dev.crmcards.cli.check.CheckRun;
import dev.crmcards.cli.check.ClientFilter;
import java.io.PrintWriter;
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
      "The fetch goes to --url and is signed, as HubSpot signs it, for the card's targetUrl; with"
          + " --local-proxy it is signed for --url, as hs project dev's local proxy signs it.",
      "For a TABLE card it asks for a page as crmcards' card UI does (page 1, or the --property"
          + " page=N given); when that page comes back full and the card would offer the next one, it"
          + " asks for the next page too, signed the same way: the same objects there mean the server"
          + " ignores the page asked for, and no objects while the total counts more mean a page that"
          + " shows nothing. Both are problems.",
      "Prints one line per problem, '<json path>: [<clients>] <what is wrong>'; notes and a"
          + " summary go to standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found", "2:usage or I/O error"})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Mixin DefinitionsOption definitions;

  @Option(names = "--card", paramLabel = "NAME", description = "Which card of --definitions to check.")
  String cardName;

  @Mixin CardServerOptions server;

  @Mixin ClientFilter clients;

  @Override
  public Integer call() {
    CheckRun.Report report =
        CheckRun.run(
            new CheckRun.Options(
                definitions.path(), cardName, server.url, server.secret(cli.environment()), server.objectType,
                server.properties, server.signature(), server.signer(), clients.selected(),
                CheckOptionNames.COMMAND_LINE),
            cli.clock());
    PrintWriter out = cli.out();
    PrintWriter err = cli.err();
    report.failures().forEach(out::println);
    report.notes().forEach(err::println);
    err.println(report.summary());
    report.hint().ifPresent(err::println);
    return report.clean() ? 0 : 1;
  }
}

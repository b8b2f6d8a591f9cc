package dev.crmcards.cli;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.cli.migrate.Migration;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.check.DefinitionCheck;
import dev.crmcards.rules.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    header = "Write the files HubSpot's legacy-card converter app card needs.",
    description = {
      "Writes what HubSpot's legacy-card converter app card needs for every card:"
          + " <out>/<name>/DEFINITION.json (the definition as is), <out>/<name>/<Name>-hsmeta.json"
          + " (plus <Name>-Helpdesk-hsmeta.json for cards on tickets) and <out>/app-hsmeta.json"
          + " (the permittedUrls.fetch and requiredScopes to merge into the app's configuration).",
      "Definitions the converter would reject are listed and nothing is written."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:files written",
      "1:a definition breaks the converter's rules (nothing written)",
      "2:usage or I/O error"
    })
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Option(
      names = "--definitions",
      required = true,
      paramLabel = "DIR|JAR",
      description = "A directory of card definitions (*.json), a build output directory, or a jar.")
  Path definitions;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Override
  public Integer call() {
    List<CardDefinition> cards = DefinitionLoader.load(definitions);
    boolean rejected = false;
    for (CardDefinition card : cards) {
      for (Problem problem : DefinitionCheck.problems(card.rules())) {
        if (problem.concerns(Set.of(Client.CONVERTER))) {
          (problem.fails() ? cli.out() : cli.err()).println(card.source() + " " + problem);
          rejected |= problem.fails();
        }
      }
    }
    if (rejected) {
      cli.err().println("The converter would reject these definitions; nothing was written.");
      return 1;
    }
    for (Path file : Migration.write(cards, out)) {
      cli.out().println("wrote " + file);
    }
    return 0;
  }
}

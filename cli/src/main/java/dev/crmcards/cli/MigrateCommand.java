package dev.crmcards.cli;

import dev.crmcards.cli.app.AppInput;
import dev.crmcards.cli.app.AppSettings;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.migrate.Migration;
import dev.crmcards.rules.LegacyCardConverter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    header = "Write the project files HubSpot's legacy-card converter app card needs.",
    description = {
      "Writes, where HubSpot looks for them: hsproject.json, a complete src/app/app-hsmeta.json"
          + " (scopes, permitted URLs, distribution, auth), per card"
          + " src/app/cards/<Name>-hsmeta.json (plus <Name>-Helpdesk-hsmeta.json for cards on"
          + " tickets), and the definition at src/app/cards/definition/DEFINITION.json, where the"
          + " converter reads it. Copy HubSpot's converter sources into src/app/cards/ next to them: "
          + LegacyCardConverter.TAKE + "; " + LegacyCardConverter.OLD_COPIES + ".",
      "The converter shows one definition per entry point: with several cards, each card's"
          + " hsmeta names <Name>Converter.tsx and its definition is"
          + " definition/<name>/DEFINITION.json; make each entry point from the converter's."
          + " (crmcards-cli app does all of this, with crmcards' own card UI.)",
      "Definitions HubSpot would reject are listed and nothing is written."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:files written",
      "1:a definition HubSpot would reject (nothing written)",
      "2:usage or I/O error, or a file in the way (nothing written)"
    })
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Mixin ProjectOptions project;

  @Override
  public Integer call() {
    project.requireDirectory();
    List<CardDefinition> cards = project.definitions.load();
    AppSettings settings = AppSettings.privateApp(cards);
    List<String> problems = AppInput.problems(cards, settings);
    if (!problems.isEmpty()) {
      problems.forEach(cli.out()::println);
      cli.err().println("HubSpot would reject these definitions; nothing was written.");
      return 1;
    }
    project.write(Migration.files(cards, settings), cli.out());
    cli.err().println("Now copy HubSpot's converter sources into src/app/cards/: " + LegacyCardConverter.TAKE + ";");
    cli.err().println(LegacyCardConverter.OLD_COPIES + ".");
    if (cards.size() > 1) {
      cli.err().println(
          "Several cards: make an entry point per card (the hsmeta files name them) from the"
              + " converter's Converter.tsx, each reading its definition/<name>/DEFINITION.json.");
    }
    return 0;
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.app.AppInput;
import dev.crmcards.cli.app.AppSettings;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardViewFile;
import dev.crmcards.cli.migrate.Migration;
import dev.crmcards.rules.LegacyCardConverter;
import dev.crmcards.rules.check.CardView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
      "The converter draws every card as legacy tiles: a card whose view (views/<name>.json beside its"
          + " definition) is a TABLE, or has a summary or forms, gets a note saying what will not show.",
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
    // Read before anything is written: a view that cannot be read stops the command.
    List<String> notes = new ArrayList<>();
    for (CardDefinition card : cards) {
      CardViewFile.of(card).flatMap(view -> whatTheConverterDrops(card, view)).ifPresent(notes::add);
    }
    project.write(Migration.files(cards, settings), cli.out());
    notes.forEach(cli.err()::println);
    cli.err().println("Now copy HubSpot's converter sources into src/app/cards/: " + LegacyCardConverter.TAKE + ";");
    cli.err().println(LegacyCardConverter.OLD_COPIES + ".");
    if (cards.size() > 1) {
      cli.err().println(
          "Several cards: make an entry point per card (the hsmeta files name them) from the"
              + " converter's Converter.tsx, each reading its definition/<name>/DEFINITION.json.");
    }
    return 0;
  }

  /**
   * What of a card's view HubSpot's converter does not show: it draws an answer's objects as the
   * legacy tiles, so a TABLE's pages, sorting and search, a summary and FORM actions show only in
   * the card UI of {@code crmcards-cli app}.
   */
  private static Optional<String> whatTheConverterDrops(CardDefinition card, CardView view) {
    List<String> dropped = new ArrayList<>();
    if (view.isTable()) {
      dropped.add("its table's pages, sorting and search");
    }
    if (view.hasSummary()) {
      dropped.add("its summary");
    }
    if (view.hasForms()) {
      dropped.add("its forms");
    }
    if (dropped.isEmpty()) {
      return Optional.empty();
    }
    String last = dropped.remove(dropped.size() - 1);
    String all = dropped.isEmpty() ? last : String.join(", ", dropped) + " and " + last;
    return Optional.of("note: HubSpot's converter shows card '" + card.name() + "' as legacy tiles, without "
        + all + " (" + CardViewFile.relativePath(card) + "); crmcards-cli app writes a"
        + " project whose card UI shows them.");
  }
}

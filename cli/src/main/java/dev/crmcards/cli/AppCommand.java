package dev.crmcards.cli;

import dev.crmcards.cli.app.AppInput;
import dev.crmcards.cli.app.AppProject;
import dev.crmcards.cli.app.AppSettings;
import dev.crmcards.cli.app.CardUiSources;
import dev.crmcards.cli.app.GeneratedFiles;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "app",
    mixinStandardHelpOptions = true,
    header = "Write a HubSpot developer-platform project (app cards) for a build's cards.",
    description = {
      "Writes a project that `hs project upload` takes: hsproject.json, src/app/app-hsmeta.json"
          + " (scopes, permitted URLs, distribution, auth), and per card"
          + " src/app/cards/<Name>-hsmeta.json (plus a help desk twin for cards on tickets), its"
          + " entry point <Name>.tsx and its definition, rendered by crmcards' card UI, which is"
          + " copied to src/app/cards/crmcards/.",
      "Running it again updates the files it wrote (listed in crmcards-app.json) and nothing"
          + " else; it refuses to overwrite any other file. Bad input is listed and nothing is"
          + " written."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:project written",
      "1:a definition or setting HubSpot would refuse (nothing written)",
      "2:usage or I/O error, or a file in the way (nothing written)"
    })
final class AppCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Mixin ProjectOptions project;

  @Option(names = "--name", paramLabel = "NAME", description = "The app's name in HubSpot (default: the only card's title, or \"CRM cards\").")
  String name;

  @Option(names = "--description", paramLabel = "TEXT", description = "The app's description.")
  String description;

  @Option(
      names = "--distribution",
      paramLabel = "private|marketplace",
      defaultValue = "private",
      description = "private (one account, static auth; the default) or marketplace (OAuth).")
  AppSettings.Distribution distribution;

  @Option(names = "--redirect-url", paramLabel = "URL", description = "An OAuth redirect URL (marketplace apps; repeatable).")
  List<String> redirectUrls = List.of();

  @Option(names = "--support-email", paramLabel = "EMAIL", description = "Where the app's users get help.")
  String supportEmail;

  @Option(names = "--support-url", paramLabel = "URL", description = "The app's support page.")
  String supportUrl;

  @Option(names = "--documentation-url", paramLabel = "URL", description = "The app's documentation.")
  String documentationUrl;

  @Override
  public Integer call() {
    project.requireDirectory();
    Path out = project.out;
    List<CardDefinition> cards = DefinitionLoader.load(project.definitions);
    AppSettings settings = settings(cards);
    List<String> problems = AppInput.problems(cards, settings);
    if (!problems.isEmpty()) {
      problems.forEach(cli.out()::println);
      cli.err().println("HubSpot would refuse this app; nothing was written.");
      return 1;
    }
    SortedMap<String, byte[]> files = AppProject.files(cards, settings, CardUiSources.load());
    GeneratedFiles.Outcome outcome = project.write(files, cli.out());
    cli.err().println(
        cards.size() + " card(s) in " + out + " (" + outcome.written().size() + " written, "
            + outcome.unchanged().size() + " unchanged, " + outcome.removed().size()
            + " removed). Next: npm install in " + out.resolve("src/app/cards")
            + ", then hs project upload in " + out + ".");
    return 0;
  }

  private AppSettings settings(List<CardDefinition> cards) {
    return new AppSettings(
        name != null ? name.strip() : AppSettings.defaultName(cards),
        description != null ? description.strip() : AppSettings.defaultDescription(cards),
        distribution,
        redirectUrls,
        Optional.ofNullable(supportEmail),
        Optional.ofNullable(supportUrl),
        Optional.ofNullable(documentationUrl));
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.app.AppBuild;
import dev.crmcards.cli.app.AppChoices;
import dev.crmcards.cli.app.AppSettings;
import dev.crmcards.cli.app.GeneratedFiles;
import dev.crmcards.cli.app.OptionNames;
import dev.crmcards.rules.AppProjects;
import java.util.List;
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
          + " src/app/cards/<Name>-hsmeta.json (one per location of its view: <Name>-Tab-hsmeta.json,"
          + " <Name>-Helpdesk-hsmeta.json, ...), its entry point <Name>.tsx and its definition,"
          + " rendered by crmcards' card UI, which is copied to src/app/cards/crmcards/.",
      "With --local-url it also writes src/app/local.json, which points `hs project dev`'s local"
          + " proxy at a server on this machine: every origin of permittedUrls.fetch maps to it.",
      "Running it again updates the files it wrote (listed in crmcards-app.json) and nothing"
          + " else; it refuses to overwrite any other file. Bad input is listed and nothing is"
          + " written. The Maven plugin's app goal (crmcards-maven-plugin) does the same in a build."
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

  @Option(
      names = "--platform-version",
      paramLabel = "VERSION",
      defaultValue = AppProjects.PLATFORM_VERSION,
      description = "The project's HubSpot platform version: 2025.2, 2026.03 or 2026.09 (default: ${DEFAULT-VALUE}).")
  String platformVersion;

  @Option(
      names = "--local-url",
      paramLabel = "URL",
      description = "Also write src/app/local.json for `hs project dev`, sending the cards' requests to this"
          + " local server, e.g. http://localhost:8080.")
  String localUrl;

  @Override
  public Integer call() {
    AppChoices choices =
        new AppChoices(
            name, description, distribution, redirectUrls, supportEmail, supportUrl, documentationUrl,
            platformVersion, localUrl);
    AppBuild.Result result = AppBuild.run(project.definitions.path(), project.out, choices, OptionNames.COMMAND_LINE);
    result.notes().forEach(cli.err()::println);
    if (result.refused()) {
      result.problems().forEach(cli.out()::println);
      cli.err().println("HubSpot would refuse this app; nothing was written.");
      return 1;
    }
    GeneratedFiles.report(result.out(), result.outcome(), cli.out()::println);
    cli.err().println(result.summary() + " " + result.nextSteps());
    return 0;
  }
}

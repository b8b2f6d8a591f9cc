package dev.crmcards.cli;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --definitions}: the card definitions a command reads, as every command takes them. */
final class DefinitionsOption {
  @Option(
      names = "--definitions",
      paramLabel = "FILE|DIR|JAR",
      description = "The card definitions: a META-INF/crmcards/<name>.json file, a directory of *.json"
          + " definitions, a build output directory (e.g. target/classes) or a jar.")
  Path definitions;

  /** The spelling this option had before every command said --definitions. */
  @Option(names = "--definition", hidden = true, paramLabel = "FILE")
  Path definition;

  /** @throws UsageException if neither spelling was given */
  Path path() {
    Path path = definitions != null ? definitions : definition;
    if (path == null) {
      throw new UsageException("Missing required option: '--definitions=FILE|DIR|JAR'");
    }
    return path;
  }

  /** Every definition given. */
  List<CardDefinition> load() {
    return DefinitionLoader.load(path());
  }
}

package dev.crmcards.cli;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --definitions}: the card definitions a command reads, as every command takes them. */
final class DefinitionsOption {
  /** Exactly one of the two spellings, so that usage shows the option as required. */
  @ArgGroup(exclusive = true, multiplicity = "1")
  Spelling spelling;

  static final class Spelling {
    @Option(
        names = "--definitions",
        required = true,
        paramLabel = "FILE|DIR|JAR",
        description = "The card definitions: a META-INF/crmcards/<name>.json file, a directory of *.json"
            + " definitions, a build output directory (e.g. target/classes) or a jar.")
    Path definitions;

    /** The spelling this option had before every command said --definitions. */
    @Option(names = "--definition", required = true, hidden = true, paramLabel = "FILE")
    Path definition;
  }

  Path path() {
    return spelling.definitions != null ? spelling.definitions : spelling.definition;
  }

  /** Every definition given. */
  List<CardDefinition> load() {
    return DefinitionLoader.load(path());
  }
}

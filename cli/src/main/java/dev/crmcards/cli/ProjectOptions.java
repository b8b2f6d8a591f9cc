package dev.crmcards.cli;

import dev.crmcards.cli.app.GeneratedFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that write a HubSpot project: what to read, where to write. */
final class ProjectOptions {
  @Mixin DefinitionsOption definitions;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The project folder to write.")
  Path out;

  /** Writes the project's files safely and lists what changed on {@code report}. */
  GeneratedFiles.Outcome write(SortedMap<String, byte[]> files, PrintWriter report) {
    GeneratedFiles.Outcome outcome = new GeneratedFiles(out, files, "--out").write();
    GeneratedFiles.report(out, outcome, report::println);
    return outcome;
  }

  /** @throws UsageException if {@code --out} names a file */
  void requireDirectory() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException(out + " is a file; --out must be a directory");
    }
  }
}

package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.cli.support.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"check", "preview", "deploy", "app", "migrate"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.run(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: crmcards " + command, "-h, --help");
  }

  @Test
  void theTopLevelCommandListsTheCommands() {
    CliRun run = CliRun.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("check", "preview", "deploy", "migrate");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing a command");
  }
}

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
  void aMistypedOptionIsNamedWithoutItsValue() {
    CliRun run = CliRun.run("check", "--secrett=hunter2-not-shown", "--url", "http://127.0.0.1:8080/x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--secrett=...'", "Possible solutions: --secret")
        .doesNotContain("hunter2");
    // A mistyped command is still named, with what was meant.
    CliRun command = CliRun.run("chek");
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err()).contains("'chek'", "check");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing a command");
  }
}

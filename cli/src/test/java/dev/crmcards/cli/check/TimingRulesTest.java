package dev.crmcards.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingRulesTest {
  private static List<String> after(long millis) {
    Problems problems = new Problems();
    TimingRules.check(millis, problems);
    return problems.list().stream().map(Problem::toString).toList();
  }

  @Test
  void fastIsFine() {
    assertThat(after(120)).isEmpty();
    assertThat(after(3000)).isEmpty();
  }

  @Test
  void overThreeSecondsIsANote() {
    assertThat(after(3400)).containsExactly("$: [legacy, converter, old-converter, app-card] note: the response took 3.4 s, close to HubSpot's 5 s limit");
  }

  @Test
  void overFiveSecondsFails() {
    assertThat(after(5300)).containsExactly("$: [legacy, converter, old-converter, app-card] the response took 5.3 s; HubSpot gives up after 5 s");
  }
}

package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.json.JsonValue;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server's half of the pattern agreement: a pattern passes the processor exactly when its
 * property classes are spelled as the card reads them alike, a refused one names the spelling to
 * write, and Java matches each case's texts as said (card-ui's patternAgreement test runs the same
 * file, and the card matches them alike).
 */
class PatternAgreementTest {
  @Test
  void theProcessorPassesExactlyThePatternsTheCardRunsAlike() throws IOException {
    for (JsonValue c : Agreements.cases("pattern-agreement.json")) {
      String pattern = c.path("pattern").text();
      Optional<String> part = FormInputs.javaOnlyPart(pattern);
      assertThat(part.isEmpty()).as(pattern).isEqualTo(c.path("alike").text().equals("true"));
      JsonValue write = c.path("write");
      if (part.isPresent()) {
        assertThat(PatternProperties.alike(part.get()).map(fix -> pattern.replace(part.get(), fix)))
            .as(pattern).isEqualTo(write.isString() ? Optional.of(write.text()) : Optional.empty());
      }
      matches(c, pattern);
      if (write.isString()) {
        assertThat(FormInputs.javaOnlyPart(write.text())).as(write.text()).isEmpty();
        matches(c, write.text());
      }
    }
  }

  private static void matches(JsonValue c, String pattern) {
    Pattern compiled = Pattern.compile(pattern);
    c.path("matches").elements().forEach(t -> assertThat(compiled.matcher(t.text()).matches()).as(pattern + " " + t).isTrue());
    c.path("misses").elements().forEach(t -> assertThat(compiled.matcher(t.text()).matches()).as(pattern + " " + t).isFalse());
  }
}

package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The cases of an agreement file in {@code card-ui/test}, which the card UI's tests run too. */
final class Agreements {
  private Agreements() {}

  static List<JsonValue> cases(String file) throws IOException {
    JsonValue agreement = JsonReader.parse(Files.readString(Path.of("..", "card-ui", "test", file)));
    List<JsonValue> cases = agreement.path("cases").elements();
    assertThat(cases).as(file).isNotEmpty();
    return cases;
  }
}

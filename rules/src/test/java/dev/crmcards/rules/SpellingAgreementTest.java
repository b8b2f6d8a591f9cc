package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.check.ResponseCheck;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * check's half of the spelling agreement: a method or status type is taken exactly when the
 * card UI takes it (card-ui's spellingAgreement test runs the same file).
 */
class SpellingAgreementTest {
  private static final String DEFINITION =
      """
      {"title": "Orders",
       "fetch": {"targetUrl": "https://example.com/hubspot/fetch",
                 "objectTypes": [{"name": "contacts", "propertiesToSend": []}]},
       "display": {"properties": []},
       "actions": {"baseUrls": ["https://example.com/"]}}
      """;

  @Test
  void checkTakesTheSpellingsTheCardUiTakes() throws IOException {
    for (JsonValue c : Agreements.cases("spelling-agreement.json")) {
      String field = c.path("field").text();
      String member = member(field.equals("optionType") ? "optionType" : "httpMethod", c.path("value"));
      String object =
          switch (field) {
            case "FORM httpMethod" -> action("{\"type\": \"FORM\", \"id\": \"f\"" + member);
            case "ACTION_HOOK httpMethod" -> action("{\"type\": \"ACTION_HOOK\"" + member);
            case "optionType" ->
                "\"properties\": [{\"label\": \"Health\", \"dataType\": \"STATUS\", \"value\": \"Checked\"" + member + "}]";
            default -> throw new AssertionError("no such field: " + field);
          };
      String at = field.equals("optionType") ? "$.results[0].properties[0].optionType" : "$.results[0].actions[0].httpMethod";
      List<Problem> problems =
          ResponseCheck.problems(DEFINITION, "{\"results\": [{\"objectId\": 1, \"title\": \"A\", " + object + "}]}");
      boolean refused =
          ResponseCheck.concerning(problems, Set.of(Client.APP_CARD)).stream()
              .anyMatch(p -> p.severity() == Severity.ERROR && p.path().equals(at));
      assertThat(!refused).as(field + " " + c.path("value")).isEqualTo(c.path("accepted").text().equals("true"));
    }
  }

  /** {@code , "name": value} as the case sends it; nothing when it sends none. */
  private static String member(String name, JsonValue value) {
    if (value.isMissing()) {
      return "";
    }
    return ", \"" + name + "\": " + (value.isNull() ? "null" : Quote.json(value.text()));
  }

  private static String action(String opening) {
    return "\"actions\": [" + opening + ", \"uri\": \"https://example.com/f\", \"label\": \"Go\"}]";
  }
}

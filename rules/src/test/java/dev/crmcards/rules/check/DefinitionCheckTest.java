package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionCheckTest {
  @Test
  void theTestDefinitionIsClean() {
    assertThat(DefinitionCheck.problems(ResponseCheckTest.DEFINITION)).isEmpty();
  }

  /** The processor refuses the same name (PropertyErrorsTest.aNameNoCardCanCarry). */
  @Test
  void aPropertyNameNoCardCanCarryIsAnError() {
    List<Problem> problems =
        DefinitionCheck.problems(ResponseCheckTest.DEFINITION.replace("\"name\": \"created\"", "\"name\": \"__proto__\""));
    assertThat(problems).extracting(Problem::toString)
        .containsExactly(
            "$.display.properties[0].name: [legacy, converter, old-converter, app-card] '__proto__' cannot travel to"
                + " the card: JavaScript readers of the card's JSON may turn a \"__proto__\" key into the object's"
                + " prototype, losing its value; rename the property, e.g. \"proto\"");
  }

  /** The processor refuses a blank label (PropertyErrorsTest.blankStatusOptionLabel); the card shows a tag without text. */
  @Test
  void aBlankStatusOptionLabelShowsNoTextInAnyCard() {
    String open = "{\"name\": \"open\", \"label\": \"Open\", \"type\": \"WARNING\"}";
    assertThat(DefinitionCheck.problems(ResponseCheckTest.DEFINITION.replace(open, open.replace("Open", "  "))))
        .extracting(Problem::toString)
        .containsExactly(
            "$.display.properties[1].options[0].label: [legacy, converter, old-converter, app-card] warning: is string"
                + " \"  \": the tag shows no text; give the option a label with text");
    // An empty label: the card shows the option's name instead.
    assertThat(DefinitionCheck.problems(ResponseCheckTest.DEFINITION.replace(open, open.replace("Open", ""))))
        .extracting(Problem::toString)
        .containsExactly(
            "$.display.properties[1].options[0].label: [legacy, converter, old-converter] warning: is string"
                + " \"\": the tag shows no text; give the option a label with text");
  }

  @Test
  void converterAndApiDifferencesArePerClient() {
    List<Problem> problems =
        DefinitionCheck.problems(
            """
            {"title": "", "fetch": {"targetUrl": "https://x.example.com",
              "objectTypes": [{"name": "marketing_events", "propertiesToSend": []}]},
             "display": {"properties": [
               {"name": "s", "label": "S", "dataType": "STATUS", "options": []},
               {"name": "b", "label": "B", "dataType": "BOOLEAN", "options": []}]}}
            """);
    assertThat(problems).extracting(Problem::toString)
        .containsExactly(
            "$.title: [cards-api, converter, old-converter] must be a non-empty string, got string \"\"",
            "$.fetch.objectTypes[0].name: [converter, old-converter] HubSpot's legacy-card converter accepts only"
                + " [contacts, companies, deals, tickets], not marketing_events",
            "$.fetch.objectTypes[0].name: [cards-api] note: the cards API accepts marketing_events, but no card is"
                + " known to render it",
            "$.display.properties[0].options: [legacy, converter, old-converter] warning: a STATUS property without options is"
                + " accepted, but every value of it renders as \"Invalid property\" in HubSpot's legacy-card"
                + " converter; list its options",
            "$.display.properties[1].dataType: [legacy, converter, old-converter] BOOLEAN is in the cards API's enum, but cards do"
                + " not render it; use STRING or STATUS",
            "$.actions: [cards-api] the cards API requires actions (with baseUrls, which may be empty)",
            "$.actions: [converter, old-converter] note: optional for HubSpot's legacy-card converter; without it no action works");
  }

  @Test
  void urlsTheConverterCallsMustSuitHubSpotFetch() {
    String definition =
        ResponseCheckTest.DEFINITION
            .replace("https://example.com/hubspot/fetch", "http://cards.example.com/fetch")
            .replace("[\"https://example.com/\"]", "[\"http://example.com/\"]");
    assertThat(DefinitionCheck.problems(definition))
        .extracting(Problem::toString)
        .containsExactly(
            "$.fetch.targetUrl: [converter, old-converter, hubspot-fetch] hubspot.fetch calls only https URLs, not plain http:"
                + " \"http://cards.example.com/fetch\"; HubSpot's legacy-card converter calls through hubspot.fetch",
            "$.actions.baseUrls[0]: [converter, old-converter, hubspot-fetch] hubspot.fetch calls only https URLs, not plain http:"
                + " \"http://example.com/\"; HubSpot's legacy-card converter calls through hubspot.fetch");
    assertThat(DefinitionCheck.problems(ResponseCheckTest.DEFINITION.replace("https://example.com/hubspot/fetch",
            "https://127.0.0.1/fetch")))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("cannot reach localhost or an IP address"));
  }

  @Test
  void notJson() {
    assertThat(DefinitionCheck.problems("{")).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the definition is not JSON"));
  }
}

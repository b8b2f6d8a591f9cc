package dev.crmcards.examples.bugtracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import dev.crmcards.rules.check.DefinitionCheck;
import dev.crmcards.rules.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example card's definition, as the build wrote it into the class output. */
class BugTicketDefinitionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String resource() throws Exception {
    try (InputStream in =
        BugTicketDefinitionTest.class.getClassLoader().getResourceAsStream(BugTicketCrmCard.DEFINITION_RESOURCE)) {
      assertThat(in).as("META-INF/crmcards/bug-tracker.json on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void meetsTheRulesOfEveryClient() throws Exception {
    assertThat(DefinitionCheck.problems(resource())).isEmpty();
  }

  @Test
  void isTheSeedsCard() throws Exception {
    JsonNode d = JSON.readTree(resource());
    assertThat(d.path("title").asText()).isEqualTo("New CRM Card");
    assertThat(d.at("/fetch/targetUrl").asText()).isEqualTo("https://www.example.com/demo-fetch");
    assertThat(d.at("/fetch/objectTypes/0/name").asText()).isEqualTo("contacts");
    assertThat(texts(d.at("/fetch/objectTypes/0/propertiesToSend")))
        .containsExactly("firstname", "email", "lastname");
    List<String> names = new java.util.ArrayList<>();
    d.at("/display/properties").forEach(p -> names.add(p.path("name").asText()));
    assertThat(names)
        .containsExactly(
            "created", "priority", "project", "reported_by", "description", "reporter_type", "status",
            "ticket_type", "updated");
    assertThat(d.at("/display/properties/0/dataType").asText()).isEqualTo("DATE");
    assertThat(d.at("/display/properties/1/options/0/name").asText()).isEqualTo("HIGH");
    assertThat(d.at("/display/properties/6/options").findValuesAsText("name"))
        .containsExactly("In Progress", "Resolved");
    assertThat(texts(d.at("/actions/baseUrls"))).containsExactly("https://example.com");
  }

  @Test
  void definitionJsonIsTheResourceText() throws Exception {
    assertThat(BugTicketCrmCard.definitionJson()).isEqualTo(resource());
    assertThat(BugTicketCrmCard.NAME).isEqualTo("bug-tracker");
  }

  @Test
  void theRulesCatchBrokenDefinitions() throws Exception {
    String broken =
        resource()
            .replace("\"contacts\"", "\"marketing_events\"")
            .replace("\"https://example.com\"", "\"http://localhost:8080\"")
            .replace("\"dataType\": \"DATE\"", "\"dataType\": \"BOOLEAN\"")
            .replace("\"propertiesToSend\": [", "\"properties\": [");
    assertThat(DefinitionCheck.problems(broken))
        .extracting(Problem::toString)
        .containsExactly(
            "$.fetch.objectTypes[0].properties: [cards-api] warning: not part of the cards API's schema (name,"
                + " propertiesToSend); nobody reads it",
            "$.fetch.objectTypes[0].name: [converter, old-converter] HubSpot's legacy-card converter accepts only [contacts,"
                + " companies, deals, tickets], not marketing_events",
            "$.fetch.objectTypes[0].name: [cards-api] note: the cards API accepts marketing_events, but no card is"
                + " known to render it",
            "$.fetch.objectTypes[0].propertiesToSend: [cards-api, converter, old-converter] must be an array (even when empty), got"
                + " nothing",
            "$.display.properties[0].dataType: [legacy, converter, old-converter] BOOLEAN is in the cards API's enum, but cards do"
                + " not render it; use STRING or STATUS",
            "$.display.properties[8].dataType: [legacy, converter, old-converter] BOOLEAN is in the cards API's enum, but cards do"
                + " not render it; use STRING or STATUS",
            "$.actions.baseUrls[0]: [converter, old-converter] must be on a domain name (HubSpot's legacy-card converter rejects"
                + " localhost and IP addresses), got string \"http://localhost:8080\"");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}

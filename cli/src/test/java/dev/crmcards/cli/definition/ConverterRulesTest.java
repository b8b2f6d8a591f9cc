package dev.crmcards.cli.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.cli.support.Fixtures;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ConverterRulesTest {
  private static List<String> after(Consumer<ObjectNode> change) {
    ObjectNode json = Fixtures.exampleCard().json().deepCopy();
    change.accept(json);
    CardDefinition card = new CardDefinition("card", "card.json", Json.pretty(json).getBytes(), json);
    return ConverterRules.check(card).stream().map(Problem::toString).toList();
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  @Test
  void theExampleCardPasses() {
    assertThat(ConverterRules.check(Fixtures.exampleCard())).isEmpty();
  }

  @Test
  void titleAndFetchUrlAreRequired() {
    assertThat(after(j -> { j.put("title", " "); at(j, "/fetch").remove("targetUrl"); }))
        .containsExactly(
            "$.title: [cards-api, converter, old-converter] must be a non-empty string, got string \" \"",
            "$.fetch.targetUrl: [cards-api, converter, old-converter] must be a non-empty string, got nothing");
    assertThat(after(j -> at(j, "/fetch").put("targetUrl", "/demo-fetch")))
        .containsExactly("$.fetch.targetUrl: [cards-api, legacy, converter, old-converter] must be an absolute http(s) URL");
  }

  @Test
  void objectTypesAreTheFourLegacyOnesWithPropertiesToSend() {
    assertThat(after(j -> at(j, "/fetch").putArray("objectTypes")))
        .containsExactly("$.fetch.objectTypes: [cards-api, converter, old-converter] must list at least one object type, got an array");
    assertThat(
            after(
                j -> {
                  at(j, "/fetch/objectTypes/0").remove("propertiesToSend");
                  at(j, "/fetch").withArray("objectTypes").addObject().put("name", "marketing_events").putArray("propertiesToSend");
                  at(j, "/fetch").withArray("objectTypes").addObject().put("name", "deals").putArray("propertiesToSend").add(3);
                }))
        .containsExactly(
            "$.fetch.objectTypes[0].propertiesToSend: [cards-api, converter, old-converter] must be an array (even when empty), got nothing",
            "$.fetch.objectTypes[1].name: [converter, old-converter] HubSpot's legacy-card converter accepts only [contacts, companies, deals, tickets], not marketing_events",
            "$.fetch.objectTypes[2].propertiesToSend[0]: [cards-api, converter, old-converter] must be a property name, got number 3");
  }

  @Test
  void displayPropertiesNeedOptionsOnlyForStatus() {
    assertThat(after(j -> at(j, "/display").putArray("properties")))
        .containsExactly("$.display.properties: [cards-api, converter, old-converter] must hold at least one display property, got an array");
    assertThat(
            after(
                j -> {
                  at(j, "/display/properties/0").withArray("options").addObject().put("name", "x").put("label", "x").put("type", "INFO");
                  at(j, "/display/properties/1").putArray("options");
                  at(j, "/display/properties/2").remove("options");
                  at(j, "/display/properties/3").put("dataType", "BOOLEAN");
                  at(j, "/display/properties/6/options/0").put("type", "ORANGE");
                  at(j, "/display/properties/8").put("name", "created");
                }))
        .containsExactly(
            "$.display.properties[0].options: [converter, old-converter] HubSpot's legacy-card converter requires [] unless dataType is STATUS",
            "$.display.properties[1].options: [legacy, converter, old-converter] warning: a STATUS property without options is accepted, but every"
                + " value of it renders as \"Invalid property\" in HubSpot's legacy-card converter; list its options",
            "$.display.properties[2].options: [cards-api, converter, old-converter] must be an array ([] unless dataType is STATUS), got nothing",
            "$.display.properties[3].dataType: [legacy, converter, old-converter] BOOLEAN is in the cards API's enum, but cards do not render it; use STRING or STATUS",
            "$.display.properties[6].options[0].type: [cards-api, converter, old-converter] must be one of [DEFAULT, SUCCESS, WARNING, DANGER, INFO], got string \"ORANGE\"",
            "$.display.properties[8].name: [cards-api, converter, old-converter] \"created\" is defined twice");
  }

  @Test
  void baseUrlsAreHttpUrlsOnDomainNames() {
    assertThat(
            after(
                j -> {
                  var urls = at(j, "/actions").putArray("baseUrls");
                  urls.add("https://example.com").add("http://localhost:8080").add("http://127.0.0.1:8080")
                      .add("https://[::1]").add("ftp://example.com").add("example.com").add("https://bugs.example.com/hubspot");
                }))
        .containsExactly(
            "$.actions.baseUrls[1]: [converter, old-converter] must be on a domain name (HubSpot's legacy-card converter rejects localhost and IP addresses), got string \"http://localhost:8080\"",
            "$.actions.baseUrls[2]: [converter, old-converter] must be on a domain name (HubSpot's legacy-card converter rejects localhost and IP addresses), got string \"http://127.0.0.1:8080\"",
            "$.actions.baseUrls[3]: [converter, old-converter] must be on a domain name (HubSpot's legacy-card converter rejects localhost and IP addresses), got string \"https://[::1]\"",
            "$.actions.baseUrls[4]: [cards-api, converter, old-converter] must be an http(s) URL, got string \"ftp://example.com\"",
            "$.actions.baseUrls[5]: [cards-api, converter, old-converter] must be an http(s) URL, got string \"example.com\"");
  }
}

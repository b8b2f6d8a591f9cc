package dev.crmcards.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.check.ResponseCheck;
import dev.crmcards.rules.json.JsonReader;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ResponseRulesTest {
  private static final CardDefinition CARD = Fixtures.exampleCard();

  private static final String NO_PARENT = "the item has no \"name\" naming one of the card's STATUS display properties";

  /** What every copy of the converter does with a per-object STATUS without optionType. */
  private static final String INVALID_PROPERTY =
      "HubSpot's legacy-card converter renders this as \"Invalid property\": without an optionType it shows a"
          + " per-object STATUS only by an option of a card-defined STATUS property, and " + NO_PARENT
          + ". Send an optionType, or use a card-defined STATUS property";

  /** What copies of the converter taken before its fix do with one that has an optionType. */
  private static final String INVALID_PROPERTY_IN_OLD_COPIES =
      "copies of HubSpot's legacy-card converter taken before its 2026-08 fix render this as \"Invalid property\":"
          + " they ignore optionType and show a per-object STATUS only by an option of a card-defined STATUS property,"
          + " and " + NO_PARENT + ". To show it, take the converter from HubSpot/ui-extensions-examples (folder"
          + " legacy-card-converter) at main, or at any commit since PR #124 (merged on 2026-08-11); or use a"
          + " card-defined STATUS property";

  private static ObjectNode seed() throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(Fixtures.seedResponse());
  }

  private static List<String> lines(JsonNode response) {
    return ResponseCheck.problems(CARD.rules(), JsonReader.parse(Json.compact(response))).stream()
        .map(Problem::toString)
        .toList();
  }

  /** What a change of the guide's response adds to what the unchanged response already gets. */
  private static List<String> linesAfter(Consumer<ObjectNode> change) throws Exception {
    ObjectNode response = seed();
    change.accept(response);
    List<String> before = lines(seed());
    return lines(response).stream()
        .filter(line -> !before.contains(line) && !line.contains("] note: "))
        .toList();
  }

  private static ObjectNode result(ObjectNode response, int index) {
    return (ObjectNode) response.path("results").get(index);
  }

  @Test
  void theGuidesExampleResponseIsCleanForTheExampleCard() throws Exception {
    assertThat(lines(seed()))
        .containsExactly(
            "$.results[0]: [converter, old-converter] note: 8 properties: HubSpot's legacy-card converter shows the first 3"
                + " (card-defined ones first, in the object's key order) and the rest behind \"View more\"",
            "$.results[1]: [converter, old-converter] note: 12 properties: HubSpot's legacy-card converter shows the first 3"
                + " (card-defined ones first, in the object's key order) and the rest behind \"View more\"");
  }

  @Test
  void anEmptyResultListIsClean() {
    assertThat(lines(Json.object().set("results", Json.MAPPER.createArrayNode()))).isEmpty();
  }

  @Test
  void dateMustBeIsoLocalDate() throws Exception {
    assertThat(linesAfter(r -> result(r, 1).put("created", "2016/08/04")))
        .containsExactly("$.results[1].created: [legacy, converter, old-converter, app-card] DATE must be yyyy-mm-dd, got \"2016/08/04\"");
    assertThat(linesAfter(r -> result(r, 0).put("updated", "2016-02-30")))
        .containsExactly("$.results[0].updated: [legacy, converter, old-converter, app-card] DATE \"2016-02-30\" is not a calendar date from 0001-01-01 to 9999-12-31");
  }

  @Test
  void valuesTravelAsStrings() throws Exception {
    assertThat(linesAfter(r -> result(r, 0).put("project", 42)))
        .containsExactly(
            "$.results[0].project: [legacy, converter, old-converter] STRING values travel as JSON strings: send \"42\", not the number 42");
    assertThat(linesAfter(r -> result(r, 0).put("project", true)))
        .containsExactly("$.results[0].project: [legacy, converter, old-converter, app-card] STRING value must be a string, got boolean true");
  }

  @Test
  void nullCardValuesAreLeftOutQuietly() throws Exception {
    assertThat(linesAfter(r -> result(r, 0).putNull("created"))).isEmpty();
  }

  @Test
  void statusValuesMustNameAnOption() throws Exception {
    assertThat(linesAfter(r -> result(r, 0).put("status", "Done")))
        .containsExactly(
            "$.results[0].status: [legacy, converter, old-converter, app-card] STATUS value string \"Done\" is not one of the property's"
                + " option names [In Progress, Resolved]; HubSpot's legacy-card converter renders it as"
                + " \"Invalid property\" and crmcards' card UI without its colour");
  }

  @Test
  void emailMustLookLikeAnAddress() throws Exception {
    assertThat(linesAfter(r -> result(r, 1).put("reported_by", "ksmith")))
        .containsExactly("$.results[1].reported_by: [legacy, converter, old-converter, app-card] EMAIL must be an e-mail address, got \"ksmith\": it has no '@'");
  }

  @Test
  void unknownKeysAreFlaggedWithASuggestion() throws Exception {
    assertThat(linesAfter(r -> result(r, 0).put("reportedBy", "a@b.co")))
        .containsExactly(
            "$.results[0].reportedBy: [legacy, converter, old-converter, app-card] warning: not a display property of the card, so it is dropped"
                + " silently (the card defines created, priority, project, reported_by,"
                + " description, reporter_type, status, ticket_type, updated). Did you mean"
                + " \"reported_by\"?");
    assertThat(linesAfter(r -> result(r, 0).put("odd key", "x")))
        .singleElement()
        .asString()
        .startsWith("$.results[0][\"odd key\"]: [legacy, converter, old-converter, app-card] warning: not a display property");
  }

  @Test
  void objectIdTitleAndLinkHaveTheirTypes() throws Exception {
    assertThat(
            linesAfter(
                r -> {
                  result(r, 0).put("objectId", "245");
                  result(r, 0).remove("title");
                  result(r, 0).put("link", "/tickets/245");
                  result(r, 1).remove("objectId");
                  result(r, 1).putNull("link");
                }))
        .containsExactly(
            "$.results[0].objectId: [legacy, converter, old-converter, app-card] must be a JSON number, got string \"245\"",
            "$.results[0].title: [legacy, converter, old-converter, app-card] must be a non-empty string, got nothing",
            "$.results[0].link: [legacy, converter, old-converter, app-card] must be an absolute http(s) URL or null, got string \"/tickets/245\"",
            "$.results[1].objectId: [legacy, converter, old-converter, app-card] is missing; each object needs a numeric objectId");
  }

  @Test
  void objectIdsMustBeUnique() throws Exception {
    assertThat(linesAfter(r -> result(r, 1).put("objectId", 245)))
        .containsExactly(
            "$.results[1].objectId: [legacy, converter, old-converter, app-card] objectId 245 is used by an earlier object; each must be unique");
  }

  @Test
  void moreThanFiveObjectsIsAWarning() throws Exception {
    List<String> lines =
        linesAfter(
            r -> {
              ArrayNode results = (ArrayNode) r.path("results");
              for (int id = 1; id <= 5; id++) {
                results.addObject().put("objectId", 1000 + id).put("title", "Extra " + id);
              }
            });
    assertThat(lines)
        .containsExactly(
            "$.results: [legacy, app-card] warning: 7 objects, but legacy cards and crmcards' card UI show only the"
                + " first 5; link to the rest instead");
    assertThat(lines(Json.MAPPER.readTree("{\"results\": []}"))).isEmpty();
  }

  @Test
  void perObjectPropertiesNeedTheirTypeExtras() throws Exception {
    List<String> lines =
        linesAfter(
            r -> {
              ArrayNode properties = (ArrayNode) result(r, 1).path("properties");
              ((ObjectNode) properties.get(2)).put("currencyCode", "POUNDS");
              properties.addObject().put("label", "Impact").put("dataType", "CURRENCY").put("value", "1,000");
              properties.addObject().put("label", "State").put("dataType", "STATUS").put("value", "Errors");
              properties.addObject().put("label", "State").put("dataType", "STATUS").put("value", "x").put("optionType", "RED");
              properties.addObject().put("label", "Seen").put("dataType", "DATETIME").put("value", "2023-10-13T10:00:00Z");
              properties.addObject().put("label", "Seen").put("dataType", "DATETIME").put("value", "1697233678");
              properties.addObject().put("label", "Home").put("dataType", "LINK").put("value", "www.hubspot.com");
              properties.addObject().put("label", "Flag").put("dataType", "BOOLEAN").put("value", "true");
              properties.addObject().put("dataType", "STRING");
            });
    assertThat(lines)
        .containsExactly(
            "$.results[1].properties[2].currencyCode: [legacy, app-card] must be an ISO 4217 currency code (three upper-case letters such as USD, EUR, GBP), got string \"POUNDS\"",
            "$.results[1].properties[3].value: [legacy, converter, old-converter, app-card] CURRENCY must be a plain decimal such as \"1234.5\" (no grouping, exponent or symbol), got \"1,000\"",
            "$.results[1].properties[3].currencyCode: [legacy] CURRENCY needs an ISO 4217 currencyCode such as \"USD\"",
            "$.results[1].properties[4].optionType: [legacy] STATUS needs an optionType, one of [DEFAULT, SUCCESS, WARNING, DANGER, INFO]",
            "$.results[1].properties[4].value: [converter, old-converter] warning: " + INVALID_PROPERTY,
            "$.results[1].properties[5].optionType: [legacy, app-card] must be one of [DEFAULT, SUCCESS, WARNING, DANGER, INFO], got string \"RED\"",
            "$.results[1].properties[5].value: [old-converter] warning: " + INVALID_PROPERTY_IN_OLD_COPIES,
            "$.results[1].properties[6].value: [legacy, converter, old-converter, app-card] DATETIME must be epoch milliseconds (digits only), got \"2023-10-13T10:00:00Z\"",
            "$.results[1].properties[7].value: [legacy, converter, old-converter, app-card] warning: DATETIME 1697233678 is before 1973 as milliseconds; is it epoch seconds?",
            "$.results[1].properties[8].value: [legacy, converter, old-converter, app-card] LINK must be an absolute http(s) URL, got \"www.hubspot.com\"",
            "$.results[1].properties[9].dataType: [legacy, converter, old-converter, app-card] BOOLEAN is in the API's enum but cards do not render it; use STRING or STATUS",
            "$.results[1].properties[10].label: [legacy, converter, old-converter, app-card] must be a non-empty string, got nothing",
            "$.results[1].properties[10].value: [legacy, converter, old-converter, app-card] is missing");
  }

  @Test
  void actionsNeedTheirFieldsAndABaseUrl() throws Exception {
    List<String> lines =
        linesAfter(
            r -> {
              ArrayNode actions = (ArrayNode) result(r, 0).path("actions");
              ((ObjectNode) actions.get(0)).remove("width");
              ((ObjectNode) actions.get(0)).put("height", "748");
              ((ObjectNode) actions.get(1)).put("uri", "https://evil.example.org/reassign");
              ((ObjectNode) actions.get(2)).put("httpMethod", "HEAD");
              ((ObjectNode) actions.get(3)).remove("confirmButtonText");
              ((ObjectNode) actions.get(3)).put("associatedObjectProperties", "protected_account");
              actions.addObject().put("type", "MODAL").put("uri", "https://example.com/x");
              actions.addObject().put("type", "ACTION_HOOK").put("httpMethod", "POST").put("uri", "/relative").put("label", "Go");
            });
    assertThat(lines)
        .containsExactly(
            "$.results[0].actions[0].width: [legacy, converter, old-converter] must be a positive whole number of pixels, got nothing",
            "$.results[0].actions[0].height: [legacy, converter, old-converter, app-card] must be a positive whole number of pixels, got string \"748\"",
            "$.results[0].actions[1].uri: [app-card] string \"https://evil.example.org/reassign\" is not under the card's base URLs: HubSpot requires an action URI to have the protocol and host of one of the card's base URLs [https://example.com]; crmcards' app card refuses the action: put the URI under one of them, or add its origin to actions.baseUrls",
            "$.results[0].actions[1].uri: [legacy] warning: string \"https://evil.example.org/reassign\" is not under the card's base URLs: HubSpot requires an action URI to have the protocol and host of one of the card's base URLs [https://example.com]; the documented rule covers every action URL (the converter does not check iframes)",
            "$.results[0].actions[2].httpMethod: [legacy, converter, old-converter, app-card] must be one of [GET, POST, PUT, DELETE, PATCH], got string \"HEAD\"",
            "$.results[0].actions[3].confirmButtonText: [legacy, converter, old-converter] must be a non-empty string, got nothing",
            "$.results[0].actions[3].associatedObjectProperties: [legacy, converter, old-converter, app-card] must be an array of property names, got string \"protected_account\"",
            "$.results[0].actions[4].type: [legacy, converter, old-converter, app-card] must be one of [IFRAME, ACTION_HOOK, CONFIRMATION_ACTION_HOOK, FORM], got string \"MODAL\"",
            "$.results[0].actions[5].uri: [legacy, converter, old-converter, app-card] must be an absolute http(s) URL, got string \"/relative\"");
  }

  @Test
  void topLevelActionsAreChecked() throws Exception {
    List<String> lines =
        linesAfter(
            r -> {
              ((ObjectNode) r.path("settingsAction"))
                  .put("type", "ACTION_HOOK")
                  .put("httpMethod", "POST");
              ((ObjectNode) r.path("primaryAction")).remove("label");
              r.putArray("secondaryActions").addObject().put("type", "IFRAME").put("width", 10).put("height", 10)
                  .put("label", "Help").put("uri", "http://example.com/help");
              r.put("primaryActions", "typo");
            });
    assertThat(lines)
        .containsExactly(
            "$.settingsAction.type: [legacy] legacy cards take only an IFRAME settingsAction, got ACTION_HOOK",
            "$.primaryAction.label: [legacy, converter, old-converter, app-card] must be a non-empty string, got nothing",
            "$.secondaryActions[0].uri: [app-card] string \"http://example.com/help\" is not under the card's base URLs: HubSpot requires an action URI to have the protocol and host of one of the card's base URLs [https://example.com]; crmcards' app card refuses the action: put the URI under one of them, or add its origin to actions.baseUrls",
            "$.secondaryActions[0].uri: [legacy] warning: string \"http://example.com/help\" is not under the card's base URLs: HubSpot requires an action URI to have the protocol and host of one of the card's base URLs [https://example.com]; the documented rule covers every action URL (the converter does not check iframes)",
            "$.primaryActions: [legacy, converter, old-converter, app-card] warning: not part of the response HubSpot reads (results, settingsAction, primaryAction, secondaryActions); it is ignored");
  }

  @Test
  void theResponseMustHaveResults() throws Exception {
    assertThat(lines(Json.MAPPER.readTree("[]")))
        .containsExactly("$: [legacy, converter, old-converter, app-card] the response must be a JSON object, got an array");
    assertThat(lines(Json.MAPPER.readTree("{\"results\": {}}")))
        .containsExactly(
            "$.results: [legacy, converter, old-converter, app-card] must be an array, got an object; HubSpot's legacy-card converter crashes on"
                + " anything else");
    assertThat(lines(Json.MAPPER.readTree("{\"sections\": [], \"responseVersion\": \"v3\"}")))
        .containsExactly(
            "$.results: [legacy, converter, old-converter, app-card] is missing: this is the v3 shape (sections, tokens); legacy cards and the converter read results[]",
            "$.sections: [legacy, converter, old-converter, app-card] warning: not part of the response HubSpot reads (results, settingsAction, primaryAction, secondaryActions); it is ignored",
            "$.responseVersion: [legacy, converter, old-converter, app-card] warning: not part of the response HubSpot reads (results, settingsAction, primaryAction, secondaryActions); it is ignored");
  }
}

package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {
  static final String DEFINITION =
      """
      {"title": "Tickets",
       "fetch": {"targetUrl": "https://example.com/hubspot/fetch",
                 "objectTypes": [{"name": "contacts", "propertiesToSend": []}]},
       "display": {"properties": [
         {"name": "created", "label": "Created", "dataType": "DATE", "options": []},
         {"name": "status", "label": "Status", "dataType": "STATUS",
          "options": [{"name": "open", "label": "Open", "type": "WARNING"}]}]},
       "actions": {"baseUrls": ["https://example.com/"]}}
      """;

  private static List<Problem> check(String response) {
    return ResponseCheck.problems(DEFINITION, response);
  }

  private static String hook(String uri) {
    return "{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"actions\": [{\"type\": \"ACTION_HOOK\","
        + " \"httpMethod\": \"POST\", \"uri\": \"" + uri + "\", \"label\": \"Go\"}]}]}";
  }

  @Test
  void aCleanResponseHasNoProblems() {
    assertThat(check("{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"created\": \"2026-01-02\", \"status\": \"open\"}]}"))
        .isEmpty();
  }

  @Test
  void aLookAlikeHostIsAnErrorForEveryRenderer() {
    List<Problem> problems = check(hook("https://example.com.evil.org/x"));
    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.path()).isEqualTo("$.results[0].actions[0].uri");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.clients())
        .containsExactlyInAnyOrder(Client.LEGACY_CARDS, Client.CONVERTER, Client.OLD_CONVERTER, Client.APP_CARD);
    assertThat(p.message()).contains("protocol and host of one of the card's base URLs");
  }

  private static List<Problem> uriProblems(String type, String uri) {
    return check("{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"actions\": [{\"type\": \"" + type + "\","
            + " \"httpMethod\": \"POST\", \"width\": 10, \"height\": 10, \"id\": \"f\", \"confirmationMessage\": \"?\","
            + " \"confirmButtonText\": \"Y\", \"cancelButtonText\": \"N\", \"uri\": \"" + uri + "\", \"label\": \"Go\"}]}]}")
        .stream().filter(p -> p.path().equals("$.results[0].actions[0].uri")).toList();
  }

  @Test
  void anIframeOutsideTheBaseUrlsIsAnErrorForTheAppCardThatRefusesIt() {
    List<Problem> problems = uriProblems("IFRAME", "https://elsewhere.example.org/edit");
    assertThat(ResponseCheck.concerning(problems, Set.of(Client.APP_CARD))).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.clients()).containsExactly(Client.APP_CARD);
      assertThat(p.message())
          .contains("is not under the card's base URLs")
          .endsWith("crmcards' app card refuses the action: put the URI under one of them, or add its origin to"
              + " actions.baseUrls");
    });
    assertThat(ResponseCheck.concerning(problems, Set.of(Client.LEGACY_CARDS)))
        .singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    assertThat(ResponseCheck.concerning(problems, Set.of(Client.CONVERTER, Client.OLD_CONVERTER))).isEmpty();
  }

  /** The card's half: actions.test.tsx opens or sends none of these types outside the base URLs. */
  @Test
  void everyTypeTheAppCardChecksIsAnAppCardErrorOutsideTheBaseUrls() {
    for (String type : ActionShapes.TYPES) {
      boolean refused = ActionShapes.baseUrlCheckedTypes(Client.APP_CARD).contains(type);
      assertThat(uriProblems(type, "https://elsewhere.example.org/x"))
          .as(type)
          .filteredOn(p -> p.severity() == Severity.ERROR && p.clients().contains(Client.APP_CARD))
          .hasSize(refused ? 1 : 0);
      assertThat(uriProblems(type, "https://example.com/x")).as(type).isEmpty();
    }
    assertThat(ActionShapes.baseUrlCheckedTypes(Client.APP_CARD)).contains(ActionShapes.IFRAME);
  }

  @Test
  void aHookWithAnEmptyPathSegmentIsAWarning() {
    List<Problem> problems = check(hook("https://example.com/bugs//resolve"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.results[0].actions[0].uri");
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message()).contains("has an empty path segment, as a placeholder filled with an empty value makes");
    });
  }

  @Test
  void whatHubSpotAcceptsIsAccepted() {
    assertThat(check(hook("https://EXAMPLE.com/hubspot/x"))).isEmpty();
    assertThat(check(hook("https://example.com/other/path"))).isEmpty();
  }

  @Test
  void aPerObjectStatusRendersAsInvalidPropertyInOldCopiesOfTheConverterOnly() {
    List<Problem> problems =
        check("{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"properties\": [{\"label\": \"State\","
            + " \"dataType\": \"STATUS\", \"value\": \"Errors\", \"optionType\": \"DANGER\"}]}]}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.clients()).containsExactly(Client.OLD_CONVERTER);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message())
          .startsWith("copies of HubSpot's legacy-card converter taken before its 2026-08 fix render this as"
              + " \"Invalid property\"")
          .contains("at main, or at any commit since PR #124 (merged on 2026-08-11)");
    });
    assertThat(
            check("{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"properties\": [{\"name\": \"status\","
                + " \"label\": \"State\", \"dataType\": \"STATUS\", \"value\": \"open\", \"optionType\": \"DANGER\"}]}]}"))
        .isEmpty();
  }

  @Test
  void withoutAnOptionTypeEveryCopyOfTheConverterShowsInvalidProperty() {
    List<Problem> problems =
        check("{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"properties\": [{\"label\": \"State\","
            + " \"dataType\": \"STATUS\", \"value\": \"Errors\"}]}]}");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "$.results[0].properties[0].optionType: [legacy] STATUS needs an optionType, one of [DEFAULT, SUCCESS,"
            + " WARNING, DANGER, INFO]",
        "$.results[0].properties[0].value: [converter, old-converter] warning: HubSpot's legacy-card converter"
            + " renders this as \"Invalid property\": without an optionType it shows a per-object STATUS only by an"
            + " option of a card-defined STATUS property, and the item has no \"name\" naming one of the card's"
            + " STATUS display properties. Send an optionType, or use a card-defined STATUS property");
  }

  @Test
  void moreThanFiveResultsWarnForLegacyCardsAndTheCardUi() {
    StringBuilder results = new StringBuilder("{\"results\": [");
    for (int i = 1; i <= 6; i++) {
      results.append(i > 1 ? "," : "").append("{\"objectId\": ").append(i).append(", \"title\": \"T\"}");
    }
    List<Problem> problems = check(results.append("]}").toString());
    assertThat(problems).extracting(Problem::severity).containsExactly(Severity.WARNING, Severity.NOTE);
    assertThat(problems.get(0).clients()).containsExactlyInAnyOrder(Client.LEGACY_CARDS, Client.APP_CARD);
    assertThat(ResponseCheck.concerning(problems, Set.of(Client.CONVERTER)))
        .singleElement().satisfies(p -> assertThat(p.fails()).isFalse());
  }

  @Test
  void converterBehaviourIsReported() {
    List<Problem> problems =
        check("{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"creatd\": \"x\", \"created\": \"2026-01-02\","
            + " \"status\": \"open\", \"properties\": [{\"label\": \"a\", \"dataType\": \"STRING\", \"value\": \"1\"},"
            + " {\"label\": \"b\", \"dataType\": \"STRING\", \"value\": \"2\"}]}],"
            + " \"settingsAction\": {\"type\": \"ACTION_HOOK\", \"httpMethod\": \"GET\", \"uri\": \"https://example.com/s\","
            + " \"label\": \"Settings\"}}");
    assertThat(problems).extracting(Problem::toString)
        .anyMatch(s -> s.startsWith(
                "$.results[0].creatd: [legacy, converter, old-converter, app-card] warning: not a display property")
            && s.contains("Did you mean \"created\"?"))
        .anyMatch(s -> s.startsWith("$.results[0]: [converter, old-converter] note: 4 properties"))
        .anyMatch(s -> s.startsWith("$.settingsAction.type: [legacy] legacy cards take only an IFRAME"))
        .anyMatch(s -> s.startsWith("$.settingsAction.type: [converter, old-converter] note: "));
  }

  @Test
  void anAnswerThatIsNotJsonIsOneProblem() {
    assertThat(ResponseCheck.problems(Definition.parse(DEFINITION), 200, "application/json", "{\"results\": [}"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the body is not JSON: unexpected '}'"));
    assertThat(ResponseCheck.problems(Definition.parse(DEFINITION), 500, "application/json", "{}"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("HTTP 500"));
  }

  @Test
  void theBodyAsReadComesWithItsProblemsForAJsonAnswerAlone() {
    Definition card = Definition.parse(DEFINITION);
    ResponseCheck.Checked checked = ResponseCheck.checked(card, 200, "application/json", "{\"results\": []}");
    assertThat(checked.problems()).isEqualTo(ResponseCheck.problems(card, 200, "application/json", "{\"results\": []}"));
    assertThat(checked.answer().path("results").isArray()).isTrue();
    assertThat(ResponseCheck.checked(card, 200, "application/json", "{\"results\": [}").answer().isMissing()).isTrue();
    assertThat(ResponseCheck.checked(card, 500, "application/json", "{}").answer().isMissing()).isTrue();
  }

  @Test
  void aBodyOverHubSpotFetchsLimitIsAnError() {
    String big = "{\"results\": [], \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}";
    assertThat(ResponseCheck.problems(Definition.parse(DEFINITION), 200, "application/json", big))
        .extracting(Problem::toString)
        .contains("$: [converter, old-converter, hubspot-fetch, app-card] the body is larger than hubspot.fetch's"
            + " 1 MB limit, through which app cards call");
  }

  @Test
  void actionAnswers() {
    assertThat(ActionAnswerCheck.problems(200, "application/json", "{\"message\": \"Done\"}")).isEmpty();
    assertThat(ActionAnswerCheck.problems(204, null, "")).isEmpty();
    assertThat(ActionAnswerCheck.problems(500, "application/json", "{\"message\": 3}"))
        .extracting(Problem::path).containsExactly("$", "$.message");
  }

  private static String form(String fields) {
    return "{\"results\": [{\"objectId\": 1, \"title\": \"A\", \"actions\": [{\"type\": \"FORM\", " + fields
        + ", \"uri\": \"https://example.com/hubspot/1/schedule\", \"label\": \"Reschedule\"}]}]}";
  }

  @Test
  void aFormIsFlaggedForTheClientsThatCannotShowItNotForTheAppCard() {
    List<Problem> problems = check(form("\"id\": \"reschedule\", \"httpMethod\": \"PUT\""));
    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.path()).isEqualTo("$.results[0].actions[0].type");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.clients()).containsExactlyInAnyOrder(Client.LEGACY_CARDS, Client.CONVERTER, Client.OLD_CONVERTER);
    assertThat(p.message()).contains("only crmcards' app card shows its form");
  }

  @Test
  void aFormWithoutIdOrWithAMethodWithoutBodyIsAnErrorForTheAppCard() {
    List<Problem> problems = check(form("\"httpMethod\": \"GET\""));
    List<String> forAppCard = problems.stream()
        .filter(p -> p.clients().equals(Set.of(Client.APP_CARD)))
        .map(p -> p.path() + ": " + p.message())
        .toList();
    assertThat(forAppCard).containsExactly(
        "$.results[0].actions[0].id: must be a non-empty string, got nothing",
        "$.results[0].actions[0].httpMethod: a FORM sends its inputs as a body: must be one of [POST, PUT, PATCH],"
            + " got string \"GET\"");
  }
}


package dev.crmcards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.rules.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form's answer as crmcards' card UI shows it: field errors at the inputs they name. */
class FormAnswerCheckTest {
  private static final String VIEW =
      "{\"layout\": \"TILES\", \"forms\": {\"credit\": {\"httpMethod\": \"PATCH\","
          + " \"uri\": \"https://billing.example.com/invoices/{id}/credit\","
          + " \"inputs\": [{\"name\": \"amount\"}, {\"name\": \"reason\"}]}}}";
  private static final CardForm CREDIT = CardView.parse(VIEW).forms().get(0);

  private static List<String> check(int status, String body) {
    return FormAnswerCheck.problems(CREDIT, status, "application/json", body).stream().map(Problem::toString).toList();
  }

  @Test
  void theViewSaysWhereEachFormIsSubmitted() {
    CardView view = CardView.parse(VIEW);
    assertThat(CREDIT).isEqualTo(
        new CardForm("credit", "PATCH", "https://billing.example.com/invoices/{id}/credit", List.of("amount", "reason")));
    assertThat(view.formSubmittedAs("PATCH", "https://billing.example.com/invoices/1001/credit")).contains(CREDIT);
    assertThat(view.formSubmittedAs("POST", "https://billing.example.com/invoices/1001/credit")).isEmpty();
    assertThat(view.formSubmittedAs("PATCH", "https://billing.example.com/invoices/1/2/credit")).isEmpty();
    assertThat(view.formSubmittedAs("PATCH", "https://billing.example.com/invoices//credit")).isEmpty();
    assertThat(CardView.parse("{\"forms\": {\"old\": {\"inputs\": []}}}").formSubmittedAs("POST", "")).isEmpty();
  }

  @Test
  void fieldErrorsAtTheFormsInputsAreTheNormalWayToRefuse() {
    assertThat(check(400, "{\"message\": \"Some fields need another value.\", \"errors\": {\"amount\": \"Too much.\"}}"))
        .isEmpty();
    assertThat(check(200, "{\"message\": \"Credited.\"}")).isEmpty();
    // Success closes the form; the card reads no field error then.
    assertThat(check(200, "{\"message\": \"Credited.\", \"errors\": {\"zzz\": 1}}")).isEmpty();
  }

  @Test
  void aFieldErrorNamingNoInputIsAProblemNamingTheInputs() {
    assertThat(check(400, "{\"message\": \"Some fields need another value.\", \"errors\": {\"zzz\": \"nope\"}}"))
        .containsExactly(
            "$.errors.zzz: [app-card] names no input of form 'credit', whose inputs are [amount, reason]: the card"
                + " shows it at no input, only after the form's message as \"zzz: nope\"",
            "$: [app-card] warning: HTTP 400: the user sees form 'credit' fail, with the server's message above its"
                + " inputs and no error at any of them");
    // Beside an error the card shows at its input, the stray one is still a problem.
    assertThat(check(400, "{\"message\": \"m\", \"errors\": {\"amount\": \"Too much.\", \"x\": \"nope\"}}"))
        .singleElement().asString().startsWith("$.errors.x: [app-card] names no input of form 'credit'");
  }

  @Test
  void errorsTheCardCannotReadAreProblems() {
    assertThat(check(400, "{\"message\": \"m\", \"errors\": [\"amount\"]}"))
        .first().asString()
        .isEqualTo("$.errors: [app-card] must be an object of messages by input name, got an array; the card shows none of them");
    assertThat(check(400, "{\"message\": \"m\", \"errors\": {\"amount\": 3}}"))
        .first().asString().startsWith("$.errors.amount: [app-card] must be a string, got number");
  }

  @Test
  void anyOtherFailureIsAWarningForTheCardUiAloneWhichAloneOpensForms() {
    assertThat(check(409, "{\"message\": \"Invoice is paid.\"}"))
        .containsExactly(
            "$: [app-card] warning: HTTP 409: the user sees form 'credit' fail, with the server's message above its"
                + " inputs and no error at any of them");
    assertThat(FormAnswerCheck.problems(CREDIT, 401, null, "")).extracting(Problem::toString)
        .singleElement().asString().startsWith("$: [app-card] warning: HTTP 401");
    assertThat(check(500, "{\"message\": 3}")).extracting(s -> s.substring(0, s.indexOf(':')))
        .containsExactly("$.message", "$");
  }
}

package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.APP_CARD_ONLY;

import dev.crmcards.rules.Client;
import dev.crmcards.rules.Quote;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.rules.problem.Problems;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a card server's answer to a form, which only crmcards' card UI sends (through {@code
 * hubspot.fetch}). A refusal with field errors, {@code {"message": "...", "errors": {"<input>":
 * "..."}}}, is the normal way to refuse a value: the card keeps the form open and shows each
 * error at its input. An error naming no input of the form is shown at none, only after the
 * message as {@code <name>: <error>}, which leaves the user nothing to correct; one that is not
 * text is dropped. Any other failure shows only the message, above the form.
 */
public final class FormAnswerCheck {
  private FormAnswerCheck() {}

  /** A form's answer reaches the card through {@code hubspot.fetch}. */
  private static final Set<Client> THROUGH_FETCH = Set.of(Client.HUBSPOT_FETCH, Client.APP_CARD);

  /** @param contentType the Content-Type header, or {@code null} when absent */
  public static List<Problem> problems(CardForm form, int status, String contentType, String body) {
    Problems problems = new Problems();
    JsonValue json = ActionAnswerCheck.body(contentType, body, APP_CARD_ONLY, THROUGH_FETCH, problems);
    if (status >= 200 && status <= 299) {
      return problems.list(); // the card closes the form: field errors, if any, are not read
    }
    if (!fieldErrors(form, json.path("errors"), problems)) {
      problems.warning(
          JsonPath.ROOT, APP_CARD_ONLY,
          "HTTP " + status + ": the user sees form '" + form.id() + "' fail, with the server's message above its"
              + " inputs and no error at any of them");
    }
    return problems.list();
  }

  /** Checks {@code errors}; whether the card shows one of them at an input. */
  private static boolean fieldErrors(CardForm form, JsonValue errors, Problems problems) {
    JsonPath at = JsonPath.ROOT.key("errors");
    if (errors.isAbsent()) {
      return false;
    }
    if (!errors.isObject()) {
      problems.error(
          at, APP_CARD_ONLY, "must be an object of messages by input name, got " + Describe.of(errors)
              + "; the card shows none of them");
      return false;
    }
    boolean shown = false;
    for (Map.Entry<String, JsonValue> error : errors.members().entrySet()) {
      String input = error.getKey();
      JsonValue message = error.getValue();
      if (!message.isString()) {
        problems.error(at.key(input), APP_CARD_ONLY, "must be a string, got " + Describe.of(message) + "; the card drops it");
      } else if (!form.inputs().contains(input)) {
        problems.error(
            at.key(input), APP_CARD_ONLY,
            "names no input of form '" + form.id() + "', whose inputs are " + form.inputs() + ": the card shows it at"
                + " no input, only after the form's message as " + Quote.of(input + ": " + message.text()));
      } else {
        shown = true;
      }
    }
    return shown;
  }
}

package dev.crmcards.cli.preview;

import dev.crmcards.rules.problem.Problem;
import java.util.List;

/**
 * How a forwarded action hook went.
 *
 * @param status the card server's HTTP status
 * @param message the server's {@code message}, or the start of its body, or empty
 * @param method the HTTP method sent
 * @param url the URL the request went to (after any origin rewrite)
 * @param rewrittenFrom the action's own URI when it was rewritten, else {@code null}
 * @param problems what the rules find in the answer
 */
public record HookResult(
    int status, String message, String method, String url, String rewrittenFrom, List<Problem> problems) {
  public HookResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }
}

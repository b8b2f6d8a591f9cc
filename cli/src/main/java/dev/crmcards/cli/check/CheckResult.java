package dev.crmcards.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.problem.Problem;
import dev.crmcards.cli.request.SignedRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a data-fetch check found.
 *
 * @param request the signed request that was sent
 * @param status the HTTP status, or -1 when no response came
 * @param elapsedMillis from sending to the last byte of the response
 * @param body the parsed response, or {@code null} when it was not JSON
 * @param problems every finding, notes included, the next page's among them
 * @param nextPage the page after a full TABLE page, when it was asked for too
 */
public record CheckResult(
    SignedRequest request,
    int status,
    long elapsedMillis,
    JsonNode body,
    List<Problem> problems,
    Optional<NextPage> nextPage) {

  public CheckResult {
    problems = List.copyOf(problems);
  }

  /** A result of one request. */
  public CheckResult(SignedRequest request, int status, long elapsedMillis, JsonNode body, List<Problem> problems) {
    this(request, status, elapsedMillis, body, problems, Optional.empty());
  }

  /**
   * The second request of a TABLE check: the page the card UI offers after a full one.
   *
   * @param page the page asked for
   * @param status the HTTP status, or -1 when no response came
   * @param objects how many objects it answered
   */
  public record NextPage(SignedRequest request, int page, int status, long elapsedMillis, int objects) {}

  /** Whether nothing fails the check (notes do not). */
  public boolean clean() {
    return problems.stream().noneMatch(Problem::fails);
  }

  public List<Problem> failures() {
    return problems.stream().filter(Problem::fails).toList();
  }

  public List<Problem> notes() {
    return problems.stream().filter(p -> !p.fails()).toList();
  }

  /** The same result with only the problems that concern {@code clients}. */
  public CheckResult concerning(Set<Client> clients) {
    return new CheckResult(
        request, status, elapsedMillis, body, problems.stream().filter(p -> p.concerns(clients)).toList(), nextPage);
  }
}

package dev.crmcards.core;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardRequest;
import dev.crmcards.FetchRequest;
import dev.crmcards.HttpMethod;
import dev.crmcards.InvalidRequestException;
import dev.crmcards.form.InvalidFormException;
import dev.crmcards.TableParameters;
import dev.crmcards.json.JsonOutput;

/**
 * One route of a card: a fetch (always GET), a hook or a form. Exactly one of the handlers is set.
 *
 * <p>{@link #origin} is the scheme and host the card declares for the route (its {@code
 * targetUrl} or the action's {@code uri}): the origin of the URL HubSpot signs. {@code null} when
 * the route was given as a bare path; the request's own URL is then taken as signed.
 */
final class Route {
  final String card;
  final HttpMethod method;
  final PathTemplate path;
  final String origin;
  final FetchRoute fetch;
  final HookRoute hook;
  final FormRoute form;
  /** What a TABLE card's fetch reads beyond the legacy parameters; null for other routes. */
  final TableParameters table;
  /** Where its handler runs under the deadline; see {@link CallPlacement}. */
  final CallPlacement placement = new CallPlacement();
  /** {@code GET /demo-fetch}: the route's name in logs and metrics. */
  final String name;

  Route(
      String card,
      HttpMethod method,
      PathTemplate path,
      String origin,
      FetchRoute fetch,
      HookRoute hook,
      FormRoute form,
      TableParameters table) {
    this.card = card;
    this.method = method;
    this.path = path;
    this.origin = origin;
    this.fetch = fetch;
    this.hook = hook;
    this.form = form;
    this.table = table;
    this.name = method + " " + path;
  }

  /**
   * Calls the handler and turns what it returns or throws into the answer. Never throws.
   *
   * @param body the request's body: the form of a form route
   * @param copy whether the answer must not use this thread's JSON writer, because another thread
   *     sends it
   */
  Result call(PathParameters parameters, CardRequest request, byte[] body, boolean copy) {
    try {
      if (fetch != null) {
        JsonBody document = fetch.handle((FetchRequest) request);
        if (document == null) {
          throw new IllegalStateException("the fetch route returned no JSON body");
        }
        // Taken only now that the handler has returned, so that nothing it did on this thread's
        // writer (a generated toJson, say) is in the way; emptied, so that nothing of an earlier
        // request (one whose body failed half-written, say) is sent.
        JsonOutput json = JsonOutput.forThisThread();
        document.writeTo(json);
        byte[] content = copy ? json.toByteArray() : json.array();
        return new Result(new Answer(200, Answer.STANDARD_HEADERS, content, json.size()),
            RequestOutcome.SUCCESS);
      }
      ActionResult result =
          form != null
              ? form.handle((ActionRequest) request, parameters, body)
              : hook.handle((ActionRequest) request, parameters);
      if (result == null) {
        throw new IllegalStateException("the " + (form != null ? "form" : "hook") + " route returned no ActionResult");
      }
      int status = result.status();
      byte[] json = result.errors().isEmpty()
          ? JsonMessage.of(result.message())
          : JsonMessage.withErrors(result.message(), result.errors());
      return new Result(new Answer(status, json),
          status < 300 ? RequestOutcome.SUCCESS : RequestOutcome.ERROR_ANSWER);
    } catch (InvalidFormException e) {
      return new Result(
          new Answer(400, JsonMessage.withErrors(Answers.orBadRequest(e.getMessage()), e.errors())),
          RequestOutcome.BAD_REQUEST, e);
    } catch (InvalidRequestException e) {
      return Answers.badRequest(e.getMessage(), e);
    } catch (Exception | Error e) {
      return Answers.failed(e);
    }
  }

  /** A hook or a form: an action, as a replay guard sees it. */
  boolean isHook() {
    return hook != null || form != null;
  }

  /** Whether both would answer the same requests. */
  boolean conflictsWith(Route other) {
    return method == other.method && path.sameShape(other.path);
  }

  /** For example {@code PUT /tickets/{id}/resolve}. */
  @Override
  public String toString() {
    return name;
  }
}

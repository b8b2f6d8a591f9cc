package dev.crmcards.core;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;

/** Answers an action hook. Generated card classes implement it by calling the handler method. */
@FunctionalInterface
public interface HookRoute {
  /**
   * Performs the action for a verified request.
   *
   * @param path the values of the route's {@code {placeholders}}
   * @return the status and message to send
   * @throws Exception any failure; the client gets a 500 without details, the exception is logged.
   *     An {@link dev.crmcards.InvalidRequestException}, which {@link PathParameters} throws for
   *     values of the wrong form, becomes a 400 with its message
   */
  ActionResult handle(ActionRequest request, PathParameters path) throws Exception;
}

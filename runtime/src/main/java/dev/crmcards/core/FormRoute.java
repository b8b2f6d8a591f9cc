package dev.crmcards.core;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;

/**
 * Answers a submitted form (a FORM action). Generated card classes implement it by reading the
 * body into the form record, with every {@code @Input} rule checked, and calling the handler
 * method with it.
 */
@FunctionalInterface
public interface FormRoute {
  /**
   * Performs the action for a verified request.
   *
   * @param request the usual parameters, from the query alone: the body is the form
   * @param path the values of the route's {@code {placeholders}}
   * @param body the form as sent: a JSON body ({@code application/json}, checked before)
   * @return the status and message to send
   * @throws Exception any failure; the client gets a 500 without details, the exception is logged.
   *     A {@link dev.crmcards.form.InvalidFormException} becomes a 400 with its field errors, an
   *     {@link dev.crmcards.InvalidRequestException} a 400 with its message
   */
  ActionResult handle(ActionRequest request, PathParameters path, byte[] body) throws Exception;
}

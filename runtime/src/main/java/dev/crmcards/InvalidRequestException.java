package dev.crmcards;

/**
 * A request from HubSpot is malformed: a default parameter is missing or not a number, the body
 * cannot be parsed, a path parameter has the wrong form. The servlet answers 400 with this
 * exception's message, so the message is written for the client: it names what is wrong and does
 * not echo request values. A handler may throw it for the same purpose.
 */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, fit to be sent to the client
   */
  public InvalidRequestException(String message) {
    super(message);
  }
}

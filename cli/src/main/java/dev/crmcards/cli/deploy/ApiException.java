package dev.crmcards.cli.deploy;

/** HubSpot refused a cards API request; the message says why and what to do, without credentials. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status, or 0 when no request was refused (a check before sending failed). */
  public int status() {
    return status;
  }
}

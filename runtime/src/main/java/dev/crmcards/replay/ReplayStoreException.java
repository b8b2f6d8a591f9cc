package dev.crmcards.replay;

/**
 * A {@link ReplayStore} could not tell whether a request was handled, or could not record it. The
 * message names the store and what failed, never a key, a signature or a body.
 */
public class ReplayStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReplayStoreException(String message) {
    super(message);
  }

  public ReplayStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.crmcards.cli;

/**
 * A failure the user can fix by changing the command line or the files it names: a missing file,
 * an unreadable definition, an unreachable server. The command ends with exit code 2 and the
 * message alone, without a stack trace.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}

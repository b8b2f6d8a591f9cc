package dev.crmcards.cli.problem;

/**
 * Kept for code not yet moved onto {@link dev.crmcards.rules.problem.Problem}; the checks use that.
 *
 * One finding, printed as {@code <json path>: <what is wrong>}, for example {@code
 * $.results[1].created: DATE must be yyyy-mm-dd, got "2016/08/04"}.
 */
public record Problem(String path, String message, Severity severity) {

  /** Whether the finding fails a check (errors and warnings do, notes do not). */
  public boolean fails() {
    return severity != Severity.NOTE;
  }

  /** The printed line; warnings and notes say so after the path. */
  @Override
  public String toString() {
    return switch (severity) {
      case ERROR -> path + ": " + message;
      case WARNING -> path + ": warning: " + message;
      case NOTE -> path + ": note: " + message;
    };
  }
}

package dev.crmcards.rules.json;

/** The text is not JSON; the message says what was expected where (line and column from 1). */
public final class JsonSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  JsonSyntaxException(String problem, int line, int column) {
    super(problem + " (line " + line + ", column " + column + ")");
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}

package dev.crmcards.cli.problem;

/**
 * Forwards to {@link dev.crmcards.rules.problem.JsonPath} for code not yet moved onto the rules'
 * problems.
 *
 * Use {@link dev.crmcards.rules.problem.JsonPath}
 */
public final class JsonPath {
  public static final JsonPath ROOT = new JsonPath(dev.crmcards.rules.problem.JsonPath.ROOT);

  private final dev.crmcards.rules.problem.JsonPath path;

  private JsonPath(dev.crmcards.rules.problem.JsonPath path) {
    this.path = path;
  }

  public JsonPath key(String key) {
    return new JsonPath(path.key(key));
  }

  public JsonPath index(int index) {
    return new JsonPath(path.index(index));
  }

  @Override
  public String toString() {
    return path.toString();
  }
}

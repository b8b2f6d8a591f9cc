package dev.crmcards.cli.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects findings in the order they are found. Not thread-safe. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void error(JsonPath path, String message) {
    list.add(new Problem(path.toString(), message, Severity.ERROR));
  }

  public void warning(JsonPath path, String message) {
    list.add(new Problem(path.toString(), message, Severity.WARNING));
  }

  public void note(JsonPath path, String message) {
    list.add(new Problem(path.toString(), message, Severity.NOTE));
  }

  public void addAll(List<Problem> problems) {
    list.addAll(problems);
  }

  public List<Problem> list() {
    return List.copyOf(list);
  }
}

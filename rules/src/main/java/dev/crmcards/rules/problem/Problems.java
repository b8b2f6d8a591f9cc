package dev.crmcards.rules.problem;

import dev.crmcards.rules.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects findings in the order they are found. Not thread-safe. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void error(JsonPath path, Set<Client> clients, String message) {
    add(path, clients, Severity.ERROR, message);
  }

  public void warning(JsonPath path, Set<Client> clients, String message) {
    add(path, clients, Severity.WARNING, message);
  }

  public void note(JsonPath path, Set<Client> clients, String message) {
    add(path, clients, Severity.NOTE, message);
  }

  public void add(JsonPath path, Set<Client> clients, Severity severity, String message) {
    list.add(new Problem(path.toString(), message, severity, clients));
  }

  public void addAll(List<Problem> problems) {
    list.addAll(problems);
  }

  public List<Problem> list() {
    return List.copyOf(list);
  }
}

package dev.crmcards.cli.deploy;

import java.util.List;

/** The lines deploy prints per card, for real runs and dry runs alike. */
public final class DeployReport {
  private DeployReport() {}

  /** {@code <verb> <name> "<title>"}, the verb padded so that names line up. */
  public static String line(String verb, CardChange change) {
    return String.format("%-18s %s \"%s\"", verb, change.card().name(), change.card().title());
  }

  /** {@code  (id 42: display.properties, actions.baseUrls differ)} or {@code  (id 42)}. */
  public static String details(CardChange change) {
    if (change.remote() == null) {
      return "";
    }
    List<String> differences = change.differences();
    return " (id " + change.remote().id()
        + (differences.isEmpty() ? "" : ": " + String.join(", ", differences) + " differ") + ")";
  }

  /** The dry-run line of a planned change. */
  public static String planned(CardChange change) {
    return switch (change.kind()) {
      case CREATE -> line("would create", change);
      case UPDATE -> line("would update", change) + details(change);
      case UNCHANGED -> line("unchanged", change) + details(change);
    };
  }
}

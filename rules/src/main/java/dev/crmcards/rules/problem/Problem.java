package dev.crmcards.rules.problem;

import dev.crmcards.rules.Client;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One finding: where (a JSON path such as {@code $.results[1].created}, or {@code $} for the
 * whole answer), what is wrong, how bad, and for which clients. Printed as {@code
 * $.results[1].created: [legacy, converter, old-converter, app-card] DATE must be yyyy-mm-dd, got "2016/08/04"}.
 */
public record Problem(String path, String message, Severity severity, Set<Client> clients) {

  public Problem {
    if (clients.isEmpty()) {
      throw new IllegalArgumentException("a problem concerns at least one client: " + message);
    }
    clients = Set.copyOf(EnumSet.copyOf(clients));
  }

  /** Whether the finding fails a check (errors and warnings do, notes do not). */
  public boolean fails() {
    return severity != Severity.NOTE;
  }

  /** Whether it concerns any of {@code wanted}. */
  public boolean concerns(Set<Client> wanted) {
    return clients.stream().anyMatch(wanted::contains);
  }

  /** The clients' ids in declaration order, e.g. "legacy, converter". */
  public String clientIds() {
    return EnumSet.copyOf(clients).stream().map(Client::id).collect(Collectors.joining(", "));
  }

  /** The printed line; warnings and notes say so after the clients. */
  @Override
  public String toString() {
    String kind =
        switch (severity) {
          case ERROR -> "";
          case WARNING -> "warning: ";
          case NOTE -> "note: ";
        };
    return path + ": [" + clientIds() + "] " + kind + message;
  }
}

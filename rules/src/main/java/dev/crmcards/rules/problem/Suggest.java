package dev.crmcards.rules.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name a misspelt one probably meant: the same letters ignoring case and separators, or
 * a few edits away (two, or a third of the longer name). The one rule for every "did you mean" of
 * the processor and the tools, so that both suggest the same for the same slip.
 */
public final class Suggest {
  private Suggest() {}

  /** The candidate closest to {@code given}, when it is close enough to be a likely slip. */
  public static Optional<String> closest(String given, Collection<String> candidates) {
    String normalized = normalize(given);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (normalize(candidate).equals(normalized)) {
        return Optional.of(candidate);
      }
      int distance = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int allowed = Math.max(2, Math.max(given.length(), best.length()) / 3);
    return bestDistance <= allowed && bestDistance < given.length() ? Optional.of(best) : Optional.empty();
  }

  private static String normalize(String name) {
    return name.replaceAll("[-_ ]", "").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

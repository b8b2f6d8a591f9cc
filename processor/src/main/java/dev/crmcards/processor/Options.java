package dev.crmcards.processor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's options, all namespaced under {@code crmcards.}: {@code -Acrmcards.debug} prints
 * what the processor decided, and every other {@code -Acrmcards.<key>=value} fills {@code ${key}}
 * in URLs.
 */
public final class Options {
  public static final String PREFIX = "crmcards.";
  public static final String DEBUG = PREFIX + "debug";

  private final Map<String, String> options;

  public Options(Map<String, String> options) {
    this.options = options;
  }

  public boolean debug() {
    return options.containsKey(DEBUG) && !"false".equalsIgnoreCase(options.get(DEBUG));
  }

  /** The value of {@code -Acrmcards.<key>=value}, if given. */
  public Optional<String> placeholder(String key) {
    return Optional.ofNullable(options.get(PREFIX + key));
  }

  /**
   * The option names javac should consider ours: the fixed ones plus every {@code crmcards.*}
   * actually passed, so placeholder values never trigger "option not recognized" warnings.
   */
  public Set<String> supported() {
    Set<String> names = new TreeSet<>();
    names.add(DEBUG);
    for (String key : options.keySet()) {
      if (key.startsWith(PREFIX)) {
        names.add(key);
      }
    }
    return names;
  }
}

package dev.crmcards;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one request as read: those every request has ({@link CardRequest#NAMED}) by
 * their place in that list, every other one (the record properties) by name, in the order
 * received. The first of repeated names wins.
 *
 * <p>Kept apart because a data fetch is on the hot path: the named ones never go through a map.
 */
final class RequestValues {
  private static final List<String> NAMED = CardRequest.NAMED;

  private final String[] named = new String[NAMED.size()];
  private Map<String, String> properties;

  /** The place of {@code name} in {@link CardRequest#NAMED}; -1 for a record property. */
  static int namedIndex(String name) {
    return NAMED.indexOf(name);
  }

  /** Adds a parameter unless one of the same name came before. */
  void add(String name, String value) {
    int index = namedIndex(name);
    if (index >= 0) {
      addNamed(index, value);
    } else if (!name.isEmpty()) {
      if (properties == null) {
        properties = new LinkedHashMap<>();
      }
      properties.putIfAbsent(name, value);
    }
  }

  /** Adds the named parameter at {@code index} unless it came before. */
  void addNamed(int index, String value) {
    if (named[index] == null) {
      named[index] = value;
    }
  }

  /** Takes every parameter of {@code later}, replacing those of the same name. */
  void overrideWith(RequestValues later) {
    for (int i = 0; i < named.length; i++) {
      if (later.named[i] != null) {
        named[i] = later.named[i];
      }
    }
    if (later.properties != null) {
      if (properties == null) {
        properties = new LinkedHashMap<>();
      }
      properties.putAll(later.properties);
    }
  }

  /** The value of a parameter of {@link CardRequest#NAMED}; {@code null} if absent. */
  String named(String name) {
    return named[NAMED.indexOf(name)];
  }

  /** Every other parameter, in the order received; unmodifiable. */
  Map<String, String> properties() {
    return properties == null ? Map.of() : Collections.unmodifiableMap(properties);
  }
}

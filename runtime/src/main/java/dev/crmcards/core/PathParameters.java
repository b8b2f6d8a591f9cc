package dev.crmcards.core;

import dev.crmcards.InvalidRequestException;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The values of a route's {@code {placeholders}}, percent-decoded, with typed access by placeholder
 * name.
 *
 * <p>A value that does not have the requested form throws {@link InvalidRequestException}, which
 * the servlet answers with 400 and a message such as {@code path parameter 'id' must be a whole
 * number}. Asking for a name the route does not have is a programming error: {@link
 * IllegalArgumentException}.
 */
public final class PathParameters {

  /** A route without placeholders has none. */
  static final PathParameters NONE = new PathParameters(Map.of());

  private final Map<String, String> values;

  private PathParameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parameters with the given (already decoded) values, in the map's order; for tests. */
  public static PathParameters of(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> copy.put(Objects.requireNonNull(name), Objects.requireNonNull(value)));
    return new PathParameters(Collections.unmodifiableMap(copy));
  }

  /** The placeholder names, in the order of the route's path. */
  public Set<String> names() {
    return values.keySet();
  }

  /** All values by name; unmodifiable. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The value as text. */
  public String string(String name) {
    return value(name, String.class);
  }

  /** The value as a {@code long}; an optional minus sign and decimal digits. */
  public long longValue(String name) {
    return value(name, Long.class);
  }

  /** Like {@link #longValue(String)}, boxed. */
  public Long longObject(String name) {
    return value(name, Long.class);
  }

  /** The value as an {@code int}; an optional minus sign and decimal digits. */
  public int intValue(String name) {
    return value(name, Integer.class);
  }

  /** Like {@link #intValue(String)}, boxed. */
  public Integer intObject(String name) {
    return value(name, Integer.class);
  }

  /** The value as a whole number of any size; an optional minus sign and decimal digits. */
  public BigInteger bigInteger(String name) {
    return value(name, BigInteger.class);
  }

  /** The value as a UUID in its canonical 8-4-4-4-12 hex form, either case. */
  public UUID uuid(String name) {
    return value(name, UUID.class);
  }

  /**
   * The enum constant with the value as its name; if none has exactly that name, the one whose
   * name matches ignoring case.
   */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return value(name, type);
  }

  /**
   * The value as the given type, the one parser behind every typed accessor above: {@link
   * String}; {@code long}, {@code int} and their boxes, and {@link BigInteger} (an optional minus
   * sign and decimal digits, in range); {@link UUID} (the canonical 8-4-4-4-12 hex form, either
   * case); or an enum (its constant by exact name, else ignoring case).
   *
   * @throws InvalidRequestException if the value does not have that form
   * @throws IllegalArgumentException if the route has no such placeholder, or the type is none of
   *     these
   */
  @SuppressWarnings("unchecked")
  public <T> T value(String name, Class<T> type) {
    String value = values.get(Objects.requireNonNull(name, "name"));
    if (value == null) {
      throw new IllegalArgumentException(
          "this route has no path parameter '" + name + "'; it has " + values.keySet());
    }
    if (type == String.class) {
      return (T) value;
    }
    if (type == Long.class || type == long.class) {
      return (T) (Long) wholeNumber(name, value, 63).longValue();
    }
    if (type == Integer.class || type == int.class) {
      return (T) (Integer) wholeNumber(name, value, 31).intValue();
    }
    if (type == BigInteger.class) {
      return (T) wholeNumber(name, value, Integer.MAX_VALUE);
    }
    if (type == UUID.class) {
      return (T) uuid(name, value);
    }
    if (type.isEnum()) {
      return (T) constant(name, value, type.getEnumConstants());
    }
    throw new IllegalArgumentException("path parameters are not read as " + type.getName());
  }

  /** Decimal digits with an optional minus sign, within {@code bits} bits besides the sign. */
  private static BigInteger wholeNumber(String name, String value, int bits) {
    int start = value.startsWith("-") ? 1 : 0;
    boolean digits = value.length() > start;
    for (int i = start; digits && i < value.length(); i++) {
      char c = value.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (!digits) {
      throw invalid(name, "must be a whole number");
    }
    if (value.length() > 1000) {
      // BigInteger's parsing grows with the square of the digits: no id needs this many.
      throw invalid(name, "is out of range");
    }
    BigInteger number = new BigInteger(value);
    if (number.bitLength() > bits) {
      throw invalid(name, "is out of range");
    }
    return number;
  }

  private static UUID uuid(String name, String value) {
    boolean valid = value.length() == 36;
    for (int i = 0; valid && i < 36; i++) {
      char c = value.charAt(i);
      valid = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : Character.digit(c, 16) >= 0;
    }
    if (!valid) {
      throw invalid(name, "must be a UUID");
    }
    return UUID.fromString(value);
  }

  private static Object constant(String name, String value, Object[] constants) {
    Object ignoringCase = null;
    for (Object constant : constants) {
      String constantName = ((Enum<?>) constant).name();
      if (constantName.equals(value)) {
        return constant;
      }
      if (ignoringCase == null && constantName.equalsIgnoreCase(value)) {
        ignoringCase = constant;
      }
    }
    if (ignoringCase != null) {
      return ignoringCase;
    }
    StringJoiner names = new StringJoiner(", ");
    for (Object constant : constants) {
      names.add(((Enum<?>) constant).name());
    }
    throw invalid(name, "must be one of " + names);
  }

  private static InvalidRequestException invalid(String name, String problem) {
    return new InvalidRequestException("path parameter '" + name + "' " + problem);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathParameters && ((PathParameters) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "PathParameters" + values;
  }
}

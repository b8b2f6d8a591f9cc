package dev.crmcards;

import dev.crmcards.rules.Urls;
import java.util.Optional;

/**
 * Argument checks shared by the response model's factories; messages name the offending part.
 *
 * <p>Handlers build properties and actions on every request, so the checks that name a part after
 * its owner's label ({@code value of property "Total"}) take the two apart and join them only when
 * the check fails: a passing check allocates nothing.
 */
final class ResponseChecks {

  /** How messages name a property's value, before its quoted label. */
  static final String PROPERTY_VALUE = "value of property ";

  private ResponseChecks() {}

  /** {@code text}, which must be non-null and not blank; {@code what} names it in messages. */
  static String notBlank(String text, String what) {
    if (text == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }

  /** Like {@link #notBlank(String, String)}, naming the text {@link #name(String, String)}. */
  static String notBlank(String text, String part, String label) {
    if (text == null || text.isBlank()) {
      notBlank(text, name(part, label));
    }
    return text;
  }

  /** {@code value}, which must be non-null; {@code what} names it in messages. */
  static <V> V notNull(V value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    return value;
  }

  /** Like {@link #notNull(Object, String)}, naming the value {@link #name(String, String)}. */
  static <V> V notNull(V value, String part, String label) {
    if (value == null) {
      throw new NullPointerException(name(part, label) + " must not be null");
    }
    return value;
  }

  /**
   * {@code text}, which must be an absolute http or https URL with a host (the rules' {@link
   * Urls#httpUrlProblem(String)}, the same verdict as for the {@link URI} parsed from it); messages
   * name it {@link #name(String, String)}.
   */
  static String httpUri(String text, String part, String label) {
    notNull(text, part, label);
    Optional<String> problem = Urls.httpUrlProblem(text);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(name(part, label) + " " + problem.get());
    }
    return text;
  }

  /** A part named after its owner: {@code name("value of property ", "Total")} is {@code value of property "Total"}. */
  static String name(String part, String label) {
    return part + quote(label);
  }

  /** {@code text} quoted for a message. */
  static String quote(String text) {
    return "\"" + text + "\"";
  }
}

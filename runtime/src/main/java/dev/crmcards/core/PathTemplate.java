package dev.crmcards.core;

import dev.crmcards.http.PercentEncoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A route path such as {@code /tickets/{id}/resolve}: literal segments, compared after
 * percent-decoding, and placeholders, each matching exactly one non-empty segment.
 */
final class PathTemplate {

  private final String text;
  /** Per segment: the decoded literal, or {@code null} for a placeholder. */
  private final List<String> literals;
  /** Per segment: the placeholder name, or {@code null} for a literal. */
  private final List<String> names;

  private PathTemplate(String text, List<String> literals, List<String> names) {
    this.text = text;
    this.literals = literals;
    this.names = names;
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException if it does not start with {@code /}, has a query or fragment,
   *     a malformed escape, a brace outside a whole-segment placeholder, or a repeated name
   */
  static PathTemplate parse(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("route path must start with '/': " + path);
    }
    if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      throw new IllegalArgumentException(
          "route path must not have a query or fragment: " + path);
    }
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String segment : split(path)) {
      if (segment.startsWith("{") && segment.endsWith("}") && segment.length() > 2) {
        String name = segment.substring(1, segment.length() - 1);
        if (!isIdentifier(name)) {
          throw new IllegalArgumentException(
              "placeholder '" + segment + "' must name a Java identifier: " + path);
        }
        if (!seen.add(name)) {
          throw new IllegalArgumentException("placeholder '" + segment + "' repeats: " + path);
        }
        literals.add(null);
        names.add(name);
      } else {
        if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
          throw new IllegalArgumentException(
              "a placeholder must be a whole path segment, like /{id}/: " + path);
        }
        String decoded = decodeSegment(segment);
        if (decoded == null) {
          throw new IllegalArgumentException("malformed percent-encoding in route path: " + path);
        }
        literals.add(decoded);
        names.add(null);
      }
    }
    return new PathTemplate(
        path,
        Collections.unmodifiableList(literals),
        Collections.unmodifiableList(names));
  }

  /** The segments of a path that starts with '/': {@code "/"} has one empty segment. */
  static List<String> split(String path) {
    return Arrays.asList(path.substring(1).split("/", -1));
  }

  /**
   * Decodes the percent-escapes of one path segment as UTF-8; {@code +} stays {@code +}.
   *
   * @return the decoded text, or {@code null} if an escape or the UTF-8 is malformed
   */
  static String decodeSegment(String segment) {
    return PercentEncoding.PATH_SEGMENT.decode(segment);
  }

  private static boolean isIdentifier(String name) {
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart);
  }

  /**
   * For a template without placeholders, its decoded path ({@code /demo-fetch}): a raw request
   * path without escapes matches it exactly when equal to it.
   */
  Optional<String> literalPath() {
    if (names.stream().anyMatch(Objects::nonNull)) {
      return Optional.empty();
    }
    return Optional.of("/" + String.join("/", literals));
  }

  /** The number of segments. */
  int size() {
    return literals.size();
  }

  /** Whether both match exactly the same paths (placeholder names aside). */
  boolean sameShape(PathTemplate other) {
    return literals.equals(other.literals);
  }

  /**
   * The placeholder values if the decoded segments match, in path order; otherwise {@code null}.
   */
  Map<String, String> match(List<String> segments) {
    if (segments.size() != literals.size()) {
      return null;
    }
    Map<String, String> values = null;
    for (int i = 0; i < segments.size(); i++) {
      String literal = literals.get(i);
      String segment = segments.get(i);
      if (literal != null) {
        if (!literal.equals(segment)) {
          return null;
        }
      } else {
        if (segment.isEmpty()) {
          return null;
        }
        if (values == null) {
          values = new LinkedHashMap<>();
        }
        values.put(names.get(i), segment);
      }
    }
    return values == null ? Map.of() : values;
  }

  /**
   * Whether this template is preferred over another that matches the same path: at the first
   * segment where one has a literal and the other a placeholder, the literal wins.
   */
  boolean moreSpecificThan(PathTemplate other) {
    for (int i = 0; i < literals.size() && i < other.literals.size(); i++) {
      boolean mine = literals.get(i) != null;
      boolean theirs = other.literals.get(i) != null;
      if (mine != theirs) {
        return mine;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}

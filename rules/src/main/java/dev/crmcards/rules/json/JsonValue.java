package dev.crmcards.rules.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value, read-only. Lookups never fail: a missing key or index gives {@link
 * #MISSING}, so checks can walk a response of any shape and report what they find.
 */
public final class JsonValue {
  /** What a value is. {@code MISSING} stands for a key or index that is not there. */
  public enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    MISSING
  }

  public static final JsonValue MISSING = new JsonValue(Kind.MISSING, null, List.of(), Map.of());
  static final JsonValue NULL = new JsonValue(Kind.NULL, null, List.of(), Map.of());
  static final JsonValue TRUE = new JsonValue(Kind.BOOLEAN, "true", List.of(), Map.of());
  static final JsonValue FALSE = new JsonValue(Kind.BOOLEAN, "false", List.of(), Map.of());

  private final Kind kind;
  /** The string's value, or a number's literal text as written, or "true"/"false". */
  private final String text;
  private final List<JsonValue> elements;
  private final Map<String, JsonValue> members;

  private JsonValue(Kind kind, String text, List<JsonValue> elements, Map<String, JsonValue> members) {
    this.kind = kind;
    this.text = text;
    this.elements = elements;
    this.members = members;
  }

  static JsonValue string(String value) {
    return new JsonValue(Kind.STRING, value, List.of(), Map.of());
  }

  static JsonValue number(String literal) {
    return new JsonValue(Kind.NUMBER, literal, List.of(), Map.of());
  }

  static JsonValue array(List<JsonValue> elements) {
    return new JsonValue(Kind.ARRAY, null, List.copyOf(elements), Map.of());
  }

  /** Keeps the members' order; a repeated key keeps its first position and its last value, as JavaScript does. */
  static JsonValue object(LinkedHashMap<String, JsonValue> members) {
    return new JsonValue(Kind.OBJECT, null, List.of(), Collections.unmodifiableMap(members));
  }

  public Kind kind() {
    return kind;
  }

  /** The member {@code key} of an object; {@link #MISSING} otherwise. */
  public JsonValue path(String key) {
    return members.getOrDefault(key, MISSING);
  }

  /** The element at {@code index} of an array; {@link #MISSING} otherwise. */
  public JsonValue get(int index) {
    return index >= 0 && index < elements.size() ? elements.get(index) : MISSING;
  }

  /** Whether an object has the member {@code key}, even when its value is null. */
  public boolean has(String key) {
    return members.containsKey(key);
  }

  /** The number of elements or members; 0 for anything else. */
  public int size() {
    return kind == Kind.OBJECT ? members.size() : elements.size();
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** The elements of an array, empty for anything else. */
  public List<JsonValue> elements() {
    return elements;
  }

  /** The members of an object in document order, empty for anything else. */
  public Map<String, JsonValue> members() {
    return members;
  }

  public boolean isObject() {
    return kind == Kind.OBJECT;
  }

  public boolean isArray() {
    return kind == Kind.ARRAY;
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** A number written without a fraction or exponent, such as {@code 12} or {@code -3}. */
  public boolean isIntegralNumber() {
    return kind == Kind.NUMBER && text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
  }

  public boolean isBoolean() {
    return kind == Kind.BOOLEAN;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  public boolean isMissing() {
    return kind == Kind.MISSING;
  }

  /** Missing or null: "not given". */
  public boolean isAbsent() {
    return kind == Kind.MISSING || kind == Kind.NULL;
  }

  /** A string's value, a number's literal, "true" or "false"; {@code fallback} for anything else. */
  public String text(String fallback) {
    return text == null ? fallback : text;
  }

  /** {@link #text(String)} with "" as the fallback. */
  public String text() {
    return text("");
  }

  /** A string that is not blank. */
  public boolean isNonBlankString() {
    return kind == Kind.STRING && !text.isBlank();
  }

  @Override
  public String toString() {
    return switch (kind) {
      case STRING -> '"' + text + '"';
      case NUMBER, BOOLEAN -> text;
      case NULL -> "null";
      case MISSING -> "<missing>";
      case ARRAY -> elements.toString();
      case OBJECT -> members.toString();
    };
  }
}

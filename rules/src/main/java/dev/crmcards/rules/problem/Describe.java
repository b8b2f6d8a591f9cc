package dev.crmcards.rules.problem;

import dev.crmcards.rules.Quote;
import dev.crmcards.rules.json.JsonValue;

/** Says what a JSON value is, for messages: {@code number 12}, {@code string "x"}, {@code null}. */
public final class Describe {
  private Describe() {}

  public static String of(JsonValue value) {
    return switch (value.kind()) {
      case MISSING -> "nothing";
      case NULL -> "null";
      case STRING -> "string " + Quote.of(value.text());
      case NUMBER -> "number " + value.text();
      case BOOLEAN -> "boolean " + value.text();
      case ARRAY -> "an array";
      case OBJECT -> "an object";
    };
  }
}

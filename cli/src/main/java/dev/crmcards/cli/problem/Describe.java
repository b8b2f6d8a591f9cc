package dev.crmcards.cli.problem;

import com.fasterxml.jackson.databind.JsonNode;

/** Says what a JSON value is, for messages: {@code number 12}, {@code string "x"}, {@code null}. */
public final class Describe {
  private Describe() {}

  public static String of(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "string " + Quote.of(node.asText());
    }
    if (node.isNumber()) {
      return "number " + node.asText();
    }
    if (node.isBoolean()) {
      return "boolean " + node.asText();
    }
    return node.isArray() ? "an array" : "an object";
  }
}

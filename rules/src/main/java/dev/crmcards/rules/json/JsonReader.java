package dev.crmcards.rules.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses RFC 8259 JSON into {@link JsonValue}s. Strict (no comments, no trailing commas, one
 * value per text) and bounded in nesting depth, so a hostile response cannot overflow the stack.
 * Small on purpose: the rules stay free of dependencies for the annotation processor.
 */
public final class JsonReader {
  /** Deeper than any card definition or response; a guard, not a format limit. */
  static final int MAX_DEPTH = 256;

  private final String text;
  private int pos;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /**
   * A JSON file as an editor may have saved it: a byte order mark at its start is not JSON and is
   * skipped. For files (a card's view or definition); an answer's body is {@link #parse}d as it
   * is, as JavaScript's {@code JSON.parse} reads it.
   *
   * @throws JsonSyntaxException as {@link #parse}
   */
  public static JsonValue parseFile(String text) {
    return parse(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
  }

  /** The UTF-8 bytes of a file without the byte order mark at their start, if any. */
  public static byte[] withoutByteOrderMark(byte[] utf8) {
    return utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB && (utf8[2] & 0xFF) == 0xBF
        ? Arrays.copyOfRange(utf8, 3, utf8.length)
        : utf8;
  }

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /**
   * {@code text} as {@link #parse} reads it, or {@link JsonValue#MISSING} when it is no JSON: for an
   * answer that is judged by what it holds, where no JSON simply holds nothing.
   */
  public static JsonValue parseOrMissing(String text) {
    try {
      return parse(text);
    } catch (JsonSyntaxException e) {
      return JsonValue.MISSING;
    }
  }

  /**
   * @throws JsonSyntaxException if {@code text} is not exactly one JSON value (surrounding
   *     whitespace allowed)
   */
  public static JsonValue parse(String text) {
    JsonReader reader = new JsonReader(text);
    reader.skipWhitespace();
    if (reader.pos == text.length()) {
      throw reader.error("empty text, expected a JSON value");
    }
    JsonValue value = reader.value();
    reader.skipWhitespace();
    if (reader.pos != text.length()) {
      throw reader.error("unexpected " + reader.describeHere() + " after the JSON value");
    }
    return value;
  }

  private JsonValue value() {
    if (pos >= text.length()) {
      throw error("unexpected end, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return JsonValue.string(string());
      case 't':
        return literal("true", JsonValue.TRUE);
      case 'f':
        return literal("false", JsonValue.FALSE);
      case 'n':
        return literal("null", JsonValue.NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected " + describeHere() + ", expected a value");
    }
  }

  private JsonValue object() {
    enter();
    pos++;
    LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      depth--;
      return JsonValue.object(members);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("unexpected " + describeHere() + ", expected a \"key\"");
      }
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      members.put(key, value());
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == '}') {
        depth--;
        return JsonValue.object(members);
      }
      if (c != ',') {
        pos--;
        throw error("unexpected " + describeHere() + ", expected ',' or '}'");
      }
    }
  }

  private JsonValue array() {
    enter();
    pos++;
    List<JsonValue> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      depth--;
      return JsonValue.array(elements);
    }
    while (true) {
      skipWhitespace();
      elements.add(value());
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == ']') {
        depth--;
        return JsonValue.array(elements);
      }
      if (c != ',') {
        pos--;
        throw error("unexpected " + describeHere() + ", expected ',' or ']'");
      }
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private String string() {
    pos++;
    StringBuilder out = null;
    int start = pos;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String s = out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
        pos++;
        return s;
      }
      if (c < 0x20) {
        throw error("control character U+" + String.format("%04X", (int) c) + " in a string; escape it");
      }
      if (c == '\\') {
        if (out == null) {
          out = new StringBuilder();
        }
        out.append(text, start, pos);
        pos++;
        out.append(escape());
        start = pos;
      } else {
        pos++;
      }
    }
  }

  private char escape() {
    if (pos >= text.length()) {
      throw error("unterminated string");
    }
    char c = text.charAt(pos++);
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (pos + 4 > text.length()) {
          throw error("unterminated \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(text.charAt(pos++), 16);
          if (digit < 0) {
            pos--;
            throw error("\\u needs four hex digits");
          }
          code = code * 16 + digit;
        }
        return (char) code;
      default:
        pos--;
        throw error("invalid escape \\" + c);
    }
  }

  private JsonValue number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("a number needs digits");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("a number needs digits after '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("a number needs digits in its exponent");
      }
      digits();
    }
    return JsonValue.number(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonValue literal(String word, JsonValue value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected " + describeHere() + ", expected a value");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("unexpected " + describeHere() + ", expected '" + c + "'");
    }
    pos++;
  }

  /** The current character, or U+0000 at the end (never valid where a token is expected). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private String describeHere() {
    return pos >= text.length() ? "end of text" : "'" + text.charAt(pos) + "'";
  }

  private JsonSyntaxException error(String problem) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new JsonSyntaxException(problem, line, column);
  }
}

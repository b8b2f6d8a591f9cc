package dev.crmcards;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.crmcards.http.MediaTypes;
import java.io.IOException;
import java.util.Arrays;

/** Reads request parameters from a raw query string and from form or JSON bodies. */
final class RequestParameters {
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The place in {@link CardRequest#NAMED} of the name of each length, -1 for none: no two of
   * them have the same length, so a raw name is compared with one of them at most.
   */
  private static final int[] NAMED_BY_LENGTH = namedByLength();

  private RequestParameters() {}

  /**
   * Parses {@code application/x-www-form-urlencoded} text, as in a query string: {@code +} is a
   * space, escapes are UTF-8. The first of repeated names wins.
   *
   * @param where "query string" or "body", for the error message
   */
  static RequestValues parseForm(String text, String where) {
    RequestValues parameters = new RequestValues();
    if (text == null || text.isEmpty()) {
      return parameters;
    }
    FormText.Cursor escapes = new FormText.Cursor(text);
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = text.indexOf('&', start);
      if (end < 0) {
        end = length;
      }
      if (end > start) {
        int equals = text.indexOf('=', start);
        int nameEnd = equals < 0 || equals > end ? end : equals;
        int valueStart = nameEnd == end ? end : nameEnd + 1;
        int named;
        if (escapes.isEncoded(start, nameEnd)) {
          String name = escapes.checkedDecode(start, nameEnd);
          if (name == null) {
            throw new InvalidRequestException("malformed percent-encoding in the " + where);
          }
          named = RequestValues.namedIndex(name);
        } else {
          named = namedIndex(text, start, nameEnd);
        }
        // A value the request's fields take is decoded now, once; any other when asked for.
        String value = named >= 0 ? escapes.checkedDecode(valueStart, end) : null;
        if (named >= 0 ? value == null : escapes.hasBadEscape(valueStart, end)) {
          throw new InvalidRequestException("malformed percent-encoding in the " + where
              + knownName(text, start, nameEnd, named));
        }
        if (named >= 0) {
          parameters.addNamed(named, value);
        } else if (nameEnd > start) {
          parameters.addLater(text, start, nameEnd, valueStart, end);
        }
      }
      start = end + 1;
    }
    return parameters;
  }

  /**
   * The place in {@link CardRequest#NAMED} of the raw name in {@code text[start, end)}, compared
   * without making a string of it; -1 if it is none of them written plainly.
   */
  private static int namedIndex(String text, int start, int end) {
    int length = end - start;
    if (length >= NAMED_BY_LENGTH.length) {
      return -1;
    }
    int candidate = NAMED_BY_LENGTH[length];
    return candidate >= 0 && text.startsWith(CardRequest.NAMED.get(candidate), start)
        ? candidate : -1;
  }

  /**
   * " (name)" for a 400 about the raw name in {@code text[start, end)}: one every request has, or
   * any plain name ({@link #isPlainName}); "" for any other, which is not echoed.
   */
  private static String knownName(String text, int start, int end, int named) {
    if (named >= 0) {
      return " (" + CardRequest.NAMED.get(named) + ")";
    }
    return isPlainName(text, start, end) ? " (" + text.substring(start, end) + ")" : "";
  }

  /** The most characters of a parameter's name an error message repeats. */
  private static final int NAMED_IN_MESSAGES = 64;

  /**
   * Whether the raw name in {@code text[start, end)} is one a message can repeat as it is: a
   * property's name, short, of letters, digits, '_', '-' and '.'.
   */
  private static boolean isPlainName(String text, int start, int end) {
    if (end == start || end - start > NAMED_IN_MESSAGES) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.'))) {
        return false;
      }
    }
    return true;
  }

  private static int[] namedByLength() {
    int longest = 0;
    for (String name : CardRequest.NAMED) {
      longest = Math.max(longest, name.length());
    }
    int[] byLength = new int[longest + 1];
    Arrays.fill(byLength, -1);
    for (int i = 0; i < CardRequest.NAMED.size(); i++) {
      int length = CardRequest.NAMED.get(i).length();
      if (byLength[length] >= 0) {
        throw new AssertionError("two named parameters of length " + length);
      }
      byLength[length] = i;
    }
    return byLength;
  }

  /**
   * Parses an action hook body: form-urlencoded (legacy cards) or a JSON object (the app-card
   * converter). A body without a content type, or {@code text/plain}, is JSON if it starts with
   * {@code {}, otherwise form data.
   */
  static RequestValues parseBody(String contentType, byte[] body) {
    if (body == null || body.length == 0) {
      return new RequestValues();
    }
    String mediaType = MediaTypes.of(contentType);
    if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
      return parseJson(body);
    }
    if (mediaType.equals("application/x-www-form-urlencoded")) {
      return parseForm(new String(body, UTF_8), "body");
    }
    if (mediaType.isEmpty() || mediaType.equals("text/plain")) {
      return startsWithBrace(body) ? parseJson(body) : parseForm(new String(body, UTF_8), "body");
    }
    throw new InvalidRequestException(
        "unsupported body Content-Type; expected application/x-www-form-urlencoded or"
            + " application/json");
  }

  private static boolean startsWithBrace(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '{';
      }
    }
    return false;
  }

  /**
   * The members of a JSON object whose values are strings, numbers or booleans, as text (numbers
   * exactly as written). Nulls, objects and arrays are skipped. The first of repeated names wins.
   */
  static RequestValues parseJson(byte[] body) {
    RequestValues parameters = new RequestValues();
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidRequestException("the JSON body must be an object");
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (value) {
          case VALUE_STRING:
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
          case VALUE_TRUE:
          case VALUE_FALSE:
            parameters.add(name, parser.getText());
            break;
          case START_OBJECT:
          case START_ARRAY:
            parser.skipChildren();
            break;
          default:
            break;
        }
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new InvalidRequestException("malformed JSON body");
      }
    } catch (IOException e) {
      throw new InvalidRequestException("malformed JSON body");
    }
    return parameters;
  }

  /** A required parameter that must not be empty. */
  static String required(RequestValues parameters, String name) {
    String value = parameters.named(name);
    if (value == null || value.isEmpty()) {
      throw new InvalidRequestException("missing parameter '" + name + "'");
    }
    return value;
  }

  /** A required parameter that must be a non-negative whole number. */
  static long requiredLong(RequestValues parameters, String name) {
    return toLong(required(parameters, name), name);
  }

  /** An optional parameter that, when present and not empty, must be a whole number. */
  static Long optionalLong(RequestValues parameters, String name) {
    String value = parameters.named(name);
    return value == null || value.isEmpty() ? null : toLong(value, name);
  }

  private static long toLong(String value, String name) {
    boolean digits = value.length() <= 19;
    for (int i = 0; digits && i < value.length(); i++) {
      char c = value.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (digits) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    throw new InvalidRequestException("parameter '" + name + "' must be a whole number");
  }
}

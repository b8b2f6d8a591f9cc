package dev.crmcards.rules.problem;

import dev.crmcards.rules.Quote;
import java.util.regex.Pattern;

/** Builds JSONPath-style locations such as {@code $.results[1].created} for messages. */
public final class JsonPath {
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

  public static final JsonPath ROOT = new JsonPath("$");

  private final String text;

  private JsonPath(String text) {
    this.text = text;
  }

  /** {@code .key}, or {@code ["key"]} when the key is not a plain identifier. */
  public JsonPath key(String key) {
    if (SIMPLE_KEY.matcher(key).matches()) {
      return new JsonPath(text + "." + key);
    }
    return new JsonPath(text + "[" + Quote.of(key) + "]");
  }

  public JsonPath index(int index) {
    return new JsonPath(text + "[" + index + "]");
  }

  @Override
  public String toString() {
    return text;
  }
}

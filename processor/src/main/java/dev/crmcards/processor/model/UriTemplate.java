package dev.crmcards.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action URI with {@code {member}} placeholders, split into literal text and placeholders in
 * order. {@code ${key}} option placeholders are resolved before a template is built.
 */
public record UriTemplate(String text, List<Part> parts) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  /** Literal text, or a placeholder naming a member. */
  public record Part(String literal, String placeholder) {
    public boolean isPlaceholder() {
      return placeholder != null;
    }
  }

  public static UriTemplate parse(String text) {
    List<Part> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        parts.add(new Part(text.substring(last, m.start()), null));
      }
      parts.add(new Part(null, m.group(1)));
      last = m.end();
    }
    if (last < text.length()) {
      parts.add(new Part(text.substring(last), null));
    }
    return new UriTemplate(text, List.copyOf(parts));
  }

  public List<String> placeholders() {
    List<String> names = new ArrayList<>();
    for (Part p : parts) {
      if (p.isPlaceholder()) {
        names.add(p.placeholder());
      }
    }
    return names;
  }

  /** The text with every placeholder replaced by {@code sample}, for URL syntax checks. */
  public String withSample(String sample) {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      sb.append(p.isPlaceholder() ? sample : p.literal());
    }
    return sb.toString();
  }
}

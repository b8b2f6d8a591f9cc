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

  /**
   * The literal text around the placeholders: one more string than there are placeholders, empty
   * where a placeholder starts or ends the URI or follows another; {@code [text]} without
   * placeholders.
   */
  public List<String> literals() {
    List<String> literals = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Part p : parts) {
      if (p.isPlaceholder()) {
        literals.add(current.toString());
        current.setLength(0);
      } else {
        current.append(p.literal());
      }
    }
    literals.add(current.toString());
    return literals;
  }

  /**
   * The path of an absolute URI template, placeholders kept, e.g. {@code /tickets/{id}/resolve}
   * for {@code https://example.com/tickets/{id}/resolve?x=1}; "/" when the URI has no path.
   */
  public String path() {
    String afterScheme = text.substring(text.indexOf("://") + 3);
    int slash = afterScheme.indexOf('/');
    String path = slash < 0 ? "/" : afterScheme.substring(slash);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /**
   * The URI without its query, placeholders kept, e.g. {@code https://example.com/tickets/{id}}:
   * the route the generated code gives the runtime, whose origin is what HubSpot signs for.
   */
  public String withoutQuery() {
    int query = text.indexOf('?');
    return query < 0 ? text : text.substring(0, query);
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

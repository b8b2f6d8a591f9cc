package dev.crmcards.rules.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FORM action as the card's view describes it: its id, the method and URI template crmcards'
 * card UI submits it with, and the names of its inputs, which are the keys of the field errors
 * the card can show.
 *
 * @param uri the action's {@code uri}, with <code>{name}</code> placeholders
 */
public record CardForm(String id, String httpMethod, String uri, List<String> inputs) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}/]*}");

  public CardForm {
    inputs = List.copyOf(inputs);
  }

  /**
   * Whether a request with {@code method} to {@code url} (without query) submits this form: its
   * URI with each placeholder filled in by one non-empty path segment, as the routes match it.
   */
  public boolean isSubmittedAs(String method, String url) {
    return httpMethod.equals(method) && uriPattern().matcher(url).matches();
  }

  private Pattern uriPattern() {
    StringBuilder regex = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(uri);
    int last = 0;
    while (placeholder.find()) {
      regex.append(Pattern.quote(uri.substring(last, placeholder.start()))).append("[^/?#]+");
      last = placeholder.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(uri.substring(last))).toString());
  }
}

package dev.crmcards.processor.validate;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a card URL the processor needs (path, query) and {@code ${key}} resolution from
 * processor options. HubSpot's URL rules themselves are the rules' {@code Urls}.
 */
public final class UrlRules {
  private UrlRules() {}

  private static final Pattern OPTION = Pattern.compile("\\$\\{([^}]*)}");

  /** The raw path of an absolute URL, "/" when empty. */
  public static String path(String url) {
    String path = URI.create(url).getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  public static Optional<String> query(String url) {
    return Optional.ofNullable(URI.create(url).getRawQuery());
  }

  /** The {@code ${key}} names in {@code text}, in order, without repeats. */
  public static Set<String> optionKeys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = OPTION.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /** {@code text} with every {@code ${key}} replaced by its option value; keys must all resolve. */
  public static String resolve(String text, java.util.function.Function<String, String> values) {
    Matcher m = OPTION.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(values.apply(m.group(1))));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}

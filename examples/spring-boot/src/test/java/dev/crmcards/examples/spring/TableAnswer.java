package dev.crmcards.examples.spring;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TABLE card's data-fetch answer, read from its text: no JSON library, so that the same test
 * compiles on Spring Boot 3 (Jackson 2) and 4 (Jackson 3). The card's writer puts {@code results}
 * first, then {@code total}, then the {@code summary}; no text value read here holds a quote.
 */
record TableAnswer(String body) {
  private static final String TOTAL = "],\"total\":";
  private static final Pattern TOTAL_VALUE = Pattern.compile(Pattern.quote(TOTAL) + "(\\d+)[,}]");
  private static final String SUMMARY = ",\"summary\":";

  /** The text value of {@code property} in each row, in their order. */
  List<String> column(String property) {
    int end = body.indexOf(TOTAL);
    String rows = end < 0 ? body : body.substring(0, end);
    return Pattern.compile("\"" + Pattern.quote(property) + "\":\"([^\"]*)\"")
        .matcher(rows).results().map(value -> value.group(1)).toList();
  }

  /** The number of objects across all pages; empty when the answer has none. */
  Optional<Long> total() {
    Matcher total = TOTAL_VALUE.matcher(body);
    return total.find() ? Optional.of(Long.parseLong(total.group(1))) : Optional.empty();
  }

  /** The summary's JSON text, exactly as sent; empty when the answer has none. */
  Optional<String> summary() {
    int at = body.indexOf(SUMMARY);
    return at < 0
        ? Optional.empty()
        : Optional.of(body.substring(at + SUMMARY.length(), body.length() - 1));
  }
}

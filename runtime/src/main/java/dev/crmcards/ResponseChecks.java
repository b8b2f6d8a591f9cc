package dev.crmcards;

import dev.crmcards.rules.Urls;
import java.net.URI;

/** Argument checks shared by the response model's factories; messages name the offending part. */
final class ResponseChecks {

  private ResponseChecks() {}

  /** {@code text}, which must be non-null and not blank; {@code what} names it in messages. */
  static String notBlank(String text, String what) {
    if (text == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }

  /** {@code value}, which must be non-null; {@code what} names it in messages. */
  static <V> V notNull(V value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    return value;
  }

  /**
   * The text of {@code uri}, which must be an absolute http or https URI with a host (the rules'
   * {@link Urls#httpUrlProblem}); {@code what} names it in messages.
   */
  static String httpUri(URI uri, String what) {
    notNull(uri, what);
    Urls.httpUrlProblem(uri).ifPresent(problem -> {
      throw new IllegalArgumentException(what + " " + problem);
    });
    return uri.toString();
  }

  /** {@code text} quoted for a message. */
  static String quote(String text) {
    return "\"" + text + "\"";
  }
}

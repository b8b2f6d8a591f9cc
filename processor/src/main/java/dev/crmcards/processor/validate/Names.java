package dev.crmcards.processor.validate;

import dev.crmcards.rules.CarriedNames;
import dev.crmcards.rules.problem.Suggest;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/** Name rules and "did you mean" suggestions. */
public final class Names {
  private Names() {}

  /** {@code BugTicket} → {@code bug-ticket}; {@code HTTPStatus} → {@code http-status}. */
  public static String kebabCase(String simpleName) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < simpleName.length(); i++) {
      char c = simpleName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean prevLower = i > 0 && !Character.isUpperCase(simpleName.charAt(i - 1));
        boolean nextLower =
            i + 1 < simpleName.length() && Character.isLowerCase(simpleName.charAt(i + 1));
        if (i > 0 && (prevLower || nextLower) && sb.charAt(sb.length() - 1) != '-') {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(c));
      } else if (c == '_' || c == '$') {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
          sb.append('-');
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A compile error's words for a member whose name no card can carry ({@link CarriedNames}),
   * without the closing period: {@code subject} says what the name names ("Input").
   */
  static String renameTheMember(String subject, String name) {
    return subject + " " + CarriedNames.why(name) + ". Rename the member, e.g. '" + CarriedNames.suggestion(name) + "'";
  }

  /** A card name like {@code text} (a class name, a name refused), or {@code my-card}: for a message. */
  static String cardNameLike(String text) {
    String name = kebabCase(text.replaceAll("[^A-Za-z0-9]+", "-"))
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return isCardName(name) ? name : "my-card";
  }

  /** A card name becomes a file name and a route key: lower-case letters, digits and dashes. */
  public static boolean isCardName(String name) {
    return name.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  public static boolean isMethodName(String id) {
    return SourceVersion.isIdentifier(id) && !SourceVersion.isKeyword(id);
  }

  /** The candidate closest to {@code name}, when it is close enough to be a likely typo. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    return Suggest.closest(name, candidates);
  }

  /** " (did you mean X?)" or "". */
  public static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
  }
}

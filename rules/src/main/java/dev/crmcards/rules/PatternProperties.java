package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The property classes of an input's {@code pattern} ({@code \p{Lu}}, {@code \P{sc=Greek}}) that
 * Java and the card's JavaScript (a RegExp with its {@code u} flag) both read, and alike. Java takes
 * more spellings: {@code \pL}, {@code \p{IsLatin}}, {@code \p{script=Latin}}, which JavaScript
 * refuses, and a pattern it refuses the card cannot check at all. Both take a general category by
 * its short name (alone or after {@code gc=}) and a script after {@code sc=} by its Unicode name.
 */
public final class PatternProperties {
  private PatternProperties() {}

  /** Unicode's general categories by their short names, which Java and JavaScript both take. */
  @From(value = APP_CARD, source = "java.util.regex.Pattern Unicode support; ECMA-262 UnicodePropertyValueExpression")
  public static final List<String> GENERAL_CATEGORIES = List.of(
      "L", "LC", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
      "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So",
      "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn");

  /** The keys of a property class as JavaScript takes them (Java takes them in any case). */
  private static final List<String> KEYS = List.of("gc", "General_Category", "sc", "Script");

  /** Java's script constants whose Unicode name is not their words capitalized. */
  private static final Map<String, String> SCRIPT_NAMES = Map.of("SIGNWRITING", "SignWriting");

  /** The property class that starts at {@code index} (a backslash before p or P), as written. */
  static String at(String pattern, int index) {
    int braces = index + 2;
    if (braces < pattern.length() && pattern.charAt(braces) == '{') {
      int end = pattern.indexOf('}', braces);
      return pattern.substring(index, end < 0 ? pattern.length() : end + 1);
    }
    return pattern.substring(index, Math.min(index + 3, pattern.length()));
  }

  /**
   * The spelling of {@code property} (such as {@code \pL}) that Java and the card both read as Java
   * reads it: {@code \p{L}} for {@code \pL} and {@code \p{IsL}}, {@code \p{sc=Latin}} for {@code
   * \p{IsLatin}}, {@code \p{script=Latin}}, {@code \p{sc=LATIN}} and {@code \p{sc=Latn}} (one
   * name for each script, though JavaScript knows some codes too), {@code \p{gc=Lu}} for {@code
   * \p{GC=Lu}}; itself when it is that spelling already; none when there is none ({@code
   * \p{block=Greek}}, {@code \p{javaLowerCase}}).
   */
  @From(value = APP_CARD, source = "java.util.regex.Pattern Unicode support; ECMA-262 UnicodePropertyValueExpression")
  public static Optional<String> alike(String property) {
    if (property.length() < 3 || property.charAt(0) != '\\' || "pP".indexOf(property.charAt(1)) < 0) {
      return Optional.empty();
    }
    String head = property.substring(0, 2);
    String name = property.charAt(2) == '{' && property.endsWith("}")
        ? property.substring(3, property.length() - 1)
        : property.substring(2);
    if (name.equals("ASCII")) {
      return Optional.of(property); // not a POSIX name: both read it as [\x00-\x7F]
    }
    String category = name.startsWith("Is") ? name.substring(2) : name;
    if (GENERAL_CATEGORIES.contains(category)) {
      return Optional.of(head + "{" + category + "}");
    }
    int equals = name.indexOf('=');
    String key = equals < 0 ? "" : name.substring(0, equals);
    String value = name.substring(equals + 1);
    // Java takes a key in any case, JavaScript only as Unicode spells it.
    boolean spelled = KEYS.contains(key);
    switch (key.toLowerCase(Locale.ROOT)) {
      case "gc", "general_category":
        return GENERAL_CATEGORIES.contains(value)
            ? Optional.of(head + "{" + (spelled ? key : "gc") + "=" + value + "}")
            : Optional.empty();
      case "sc", "script":
        return unicodeName(value).map(unicode -> head + "{" + (spelled ? key : "sc") + "=" + unicode + "}");
      default:
        return equals < 0 && name.startsWith("Is")
            ? unicodeName(name.substring(2)).map(unicode -> head + "{sc=" + unicode + "}")
            : Optional.empty();
    }
  }

  /** The Unicode name of the script Java knows as {@code name} (in any case, or by its code). */
  private static Optional<String> unicodeName(String name) {
    try {
      String constant = Character.UnicodeScript.forName(name).name();
      StringBuilder unicode = new StringBuilder();
      for (String word : constant.split("_")) {
        unicode.append(unicode.isEmpty() ? "" : "_").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
      return Optional.of(SCRIPT_NAMES.getOrDefault(constant, unicode.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

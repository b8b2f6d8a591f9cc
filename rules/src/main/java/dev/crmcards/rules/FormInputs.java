package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inputs of crmcards' forms and the rules their values meet: the input types a form member
 * becomes, the largest whole number a card can send, and the message for each broken rule. The
 * card checks a value before it sends the form and the server again before the handler runs;
 * both say the same words, from here (API.md §10).
 *
 * <p>A message may hold {@code {min}}, {@code {max}} or {@code {maxLength}}, replaced by the
 * input's own limit, written as the card writes the number.
 */
public final class FormInputs {
  private FormInputs() {}

  public static final String TEXT = "TEXT";
  public static final String INTEGER = "INTEGER";
  public static final String DECIMAL = "DECIMAL";
  public static final String BOOLEAN = "BOOLEAN";
  public static final String DATE = "DATE";
  public static final String SELECT = "SELECT";
  public static final String MULTI_SELECT = "MULTI_SELECT";

  /**
   * What a form member becomes: a text input or area (String), a whole or decimal number input
   * (int, long and boxes; double, BigDecimal), a toggle (boolean), a date input (LocalDate), a
   * select (an enum), a multi-select (a set or list of an enum).
   */
  @From(value = APP_CARD, source = "API.md §10 input types")
  public static final List<String> TYPES = List.of(TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, SELECT, MULTI_SELECT);

  /**
   * The largest whole number a card sends exactly (JavaScript's {@code Number.MAX_SAFE_INTEGER}):
   * a {@code long} input takes values within plus or minus this, on the card and on the server.
   */
  @From(value = APP_CARD, source = "ECMA-262 Number.MAX_SAFE_INTEGER; API.md §10")
  public static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

  /**
   * The most digits after the point a decimal a card sends can have: the card's values are
   * JavaScript numbers, the smallest of which is about 4.9E-324, with at most 17 significant
   * digits. A number the card could not have sent (1E-400) is not a number to any number input,
   * on the card or the server: a double would read it as 0 and a BigDecimal keep digits no limit
   * is written in, and a handler's setScale or toPlainString would spend minutes on 1E-999999999.
   * One too large for a double the card reads as Infinity, and refuses.
   */
  @From(value = APP_CARD, source = "ECMA-262 Number.MIN_VALUE; IEEE 754 binary64")
  public static final int MAX_DECIMAL_SCALE = 324 + 17;

  /**
   * The longest text a form input takes, in UTF-16 units: the most an input's {@code maxLength}
   * may be, and the limit of a text input that declares none. The card refuses a longer text as
   * it refuses one over {@code maxLength}, and the server again, with the same words. A quarter
   * of the largest body hubspot.fetch carries: room for the text's UTF-8 (at most three bytes a
   * unit) and the form's other values.
   */
  @From(value = APP_CARD, source = "API.md §10 details; HUBSPOT-SPEC §11 body limit")
  public static final int MAX_TEXT_LENGTH = Limits.FETCH_BODY_BYTES / 4;

  /**
   * What is wrong with a text input's {@code maxLength}, for the processor's error and the
   * runtime's: below 1, or beyond {@link #MAX_TEXT_LENGTH}; empty when it is fine.
   */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static Optional<String> maxLengthProblem(int maxLength) {
    if (maxLength < 1) {
      return Optional.of("maxLength must be at least 1; remove it for the limit of every text, "
          + MAX_TEXT_LENGTH + " characters.");
    }
    if (maxLength > MAX_TEXT_LENGTH) {
      return Optional.of("maxLength " + maxLength + " is more than the " + MAX_TEXT_LENGTH
          + " characters a form's text may have (FormInputs.MAX_TEXT_LENGTH), which the card and the server hold"
          + " every text to; use at most " + MAX_TEXT_LENGTH + ", or remove maxLength for that limit.");
    }
    return Optional.empty();
  }

  /** The form's body: a JSON object keyed by member name. */
  @From(value = APP_CARD, source = "API.md §10 wire")
  public static final String CONTENT_TYPE = "application/json";

  /** A required value is absent, {@code null} or empty. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String MISSING = "Enter a value.";

  /**
   * A text value is longer than the input's {@code maxLength}, or than {@link #MAX_TEXT_LENGTH}
   * when it declares none: then {@code {maxLength}} is that.
   */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String TOO_LONG = "Use at most {maxLength} characters.";

  /** A text value does not match the input's {@code pattern} as a whole. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NO_MATCH = "Enter a value in the expected format.";

  /**
   * A number is below the input's {@code min}, or a whole number below what its type holds: then
   * {@code {min}} is the type's own limit (-2147483647 for an int) if the input declares none.
   */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String TOO_SMALL = "Enter a number of at least {min}.";

  /**
   * A number is above the input's {@code max}, or a whole number above what its type holds: then
   * {@code {max}} is the type's own limit (2147483647 for an int) if the input declares none.
   */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String TOO_LARGE = "Enter a number of at most {max}.";

  /**
   * An INTEGER input's value has a fraction. One too large for its type is a whole number all the
   * same, and is told the limit it passed ({@link #TOO_LARGE}, {@link #TOO_SMALL}).
   */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NOT_WHOLE_NUMBER = "Enter a whole number.";

  /** A number input's value is not a JSON number. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NOT_NUMBER = "Enter a number.";

  /** A DATE input's value is not a {@code yyyy-mm-dd} date. */
  @From(value = APP_CARD, source = "API.md §10 wire")
  public static final String NOT_DATE = "Enter a date (yyyy-mm-dd).";

  /** A SELECT or MULTI_SELECT value is not one of the options. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NOT_OPTION = "Choose one of the options.";

  /** A BOOLEAN input's value is not {@code true} or {@code false}. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NOT_BOOLEAN = "Choose yes or no.";

  /** A TEXT input's value is not a JSON string. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NOT_TEXT = "Enter text.";

  /** A MULTI_SELECT value is not a JSON array. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NOT_LIST = "Choose from the options.";

  /** Every rule's message by the rule's name, in the order above. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final List<Message> MESSAGES =
      List.of(
          new Message("MISSING", MISSING),
          new Message("TOO_LONG", TOO_LONG),
          new Message("NO_MATCH", NO_MATCH),
          new Message("TOO_SMALL", TOO_SMALL),
          new Message("TOO_LARGE", TOO_LARGE),
          new Message("NOT_WHOLE_NUMBER", NOT_WHOLE_NUMBER),
          new Message("NOT_NUMBER", NOT_NUMBER),
          new Message("NOT_DATE", NOT_DATE),
          new Message("NOT_OPTION", NOT_OPTION),
          new Message("NOT_BOOLEAN", NOT_BOOLEAN),
          new Message("NOT_TEXT", NOT_TEXT),
          new Message("NOT_LIST", NOT_LIST));

  /** The answer's {@code message} when one or more fields are not valid. */
  @From(value = APP_CARD, source = "API.md §10 wire")
  public static final String INVALID_FORM = "Some fields need another value.";

  /**
   * An option's label when its enum constant has no {@code @OptionLabel}: the constant's name in
   * words, the first letter upper case, e.g. {@code HIGH_PRIORITY} is "High priority".
   */
  @From(value = APP_CARD, source = "API.md §10 input types; crmcards view file")
  public static String optionLabel(String constantName) {
    String words = constantName.replace('_', ' ').strip().replaceAll(" +", " ").toLowerCase(Locale.ROOT);
    return words.isEmpty() ? constantName : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A limit ({@code min}, {@code max}) as the view file writes it and as the card prints that
   * JSON number: its shortest digits, a whole number without a fraction ({@code 1}, not {@code
   * 1.0}), never an exponent ({@link PlainNumbers}).
   */
  @From(value = APP_CARD, source = "crmcards view file: an input's min and max")
  public static String number(double value) {
    return PlainNumbers.of(value);
  }

  /**
   * A rule's message for one input: {@code {min}}, {@code {max}} and {@code {maxLength}} replaced
   * by the input's limits ({@link #number}; null where the input has none).
   */
  @From(value = APP_CARD, source = "API.md §10 details; crmcards view file")
  public static String message(String template, Double min, Double max, Integer maxLength) {
    String text = template;
    if (min != null) {
      text = text.replace("{min}", number(min));
    }
    if (max != null) {
      text = text.replace("{max}", number(max));
    }
    if (maxLength != null) {
      text = text.replace("{maxLength}", Integer.toString(maxLength));
    }
    return text;
  }

  /**
   * The parts of a Java regular expression that JavaScript reads otherwise or not at all, so a
   * {@code pattern} with one would not mean the same in the card: possessive quantifiers, atomic
   * groups, inline flags, quoting, Java's own classes and anchors ({@code \v} is all vertical
   * whitespace in Java, one character in JavaScript; {@code \x{...}} a code point in Java only),
   * word boundaries ({@code \b} counts every Unicode letter as a word character in Java 17 and 18,
   * only ASCII in later Javas and in JavaScript), octal and named characters ({@code \0101},
   * {@code \N{...}}), control characters ({@code \ca} is {@code !} in Java, U+0001 in JavaScript),
   * back references (which match nothing in Java, but the empty text in JavaScript, when their
   * group took no part), a quantifier on {@code ^} or {@code $} (JavaScript refuses {@code ^?},
   * and the card, which writes Java's {@code $} as a lookahead, could read {@code $?} only without
   * its {@code u} flag, by UTF-16 unit) and class intersection. Property classes are judged by
   * {@link PatternProperties}: only the spellings both read alike pass (not Java's own {@code
   * java…}, {@code In…} and POSIX names, which are ASCII only in Java but in JavaScript cover every
   * script ({@code Alpha}) or do not exist ({@code Digit})).
   */
  @From(value = APP_CARD, source = "API.md §10 pattern; ECMA-262 RegExp syntax; java.util.regex.Pattern")
  public static final List<String> JAVA_ONLY_PATTERN_PARTS = javaOnlyPatternParts();

  /** What starts a quantifier, for the parts above and for a quantified lookaround. */
  private static final String QUANTIFIERS = "*+?{";

  private static List<String> javaOnlyPatternParts() {
    List<String> parts = new ArrayList<>(List.of(
        "*+", "++", "?+", "}+", "(?>", "(?i", "(?s", "(?m", "(?x", "(?u", "(?d", "(?U", "(?-",
        "\\Q", "\\E", "\\A", "\\Z", "\\z", "\\G", "\\R", "\\X", "\\h", "\\H", "\\V",
        "\\e", "\\a", "\\v", "\\x{", "\\b", "\\B", "\\0", "\\N{", "\\c", "\\k<", "&&"));
    for (char digit = '1'; digit <= '9'; digit++) {
      parts.add("\\" + digit); // a back reference
    }
    for (char quantifier : QUANTIFIERS.toCharArray()) {
      parts.add("^" + quantifier);
      parts.add("$" + quantifier);
    }
    return List.copyOf(parts);
  }

  /** What {@link #javaOnlyPart} names for a class inside a class, which is a union in Java only. */
  @From(value = APP_CARD, source = "java.util.regex.Pattern character classes; ECMA-262 RegExp syntax")
  public static final String NESTED_CLASS = "a [ inside a character class";

  /**
   * What {@link #javaOnlyPart} names for a quantified lookahead or lookbehind ({@code (?<=a)*}):
   * Java repeats it, JavaScript refuses a quantified lookbehind outright and a quantified lookahead
   * with its {@code u} flag.
   */
  @From(value = APP_CARD, source = "java.util.regex.Pattern; ECMA-262 RegExp syntax and Annex B")
  public static final String QUANTIFIED_LOOKAROUND = "a quantifier on a lookahead or lookbehind";

  /**
   * The first part of {@code pattern} that only Java understands, if any. Escaped characters are
   * themselves; inside a character class only the escapes, {@code &&} and a nested {@code [}
   * ({@link #NESTED_CLASS}: a union in Java, the character {@code [} in JavaScript) count. A
   * {@code ]} first in a class is the character {@code ]} in Java; the card escapes it. A property
   * class is named whole ({@code \pL}, {@code \p{IsLatin}}), for {@link PatternProperties#alike}.
   */
  @From(value = APP_CARD, source = "API.md §10 pattern; ECMA-262 RegExp syntax")
  public static Optional<String> javaOnlyPart(String pattern) {
    boolean inClass = false;
    int classStart = -1; // where the current class's members begin
    Deque<Boolean> groups = new ArrayDeque<>(); // per open group: whether it is a lookaround
    for (int i = 0; i < pattern.length(); i++) {
      if (escaped(pattern, i)) {
        continue;
      }
      char c = pattern.charAt(i);
      if (inClass && c == '[') {
        return Optional.of(NESTED_CLASS);
      }
      for (String part : JAVA_ONLY_PATTERN_PARTS) {
        boolean applies = part.charAt(0) == '\\' || part.equals("&&") == inClass;
        if (part.equals("}+") && !closesQuantifier(pattern, i)) {
          applies = false; // as in \p{L}+: a greedy + after a class, in both
        }
        if (applies && pattern.startsWith(part, i)) {
          return Optional.of(part);
        }
      }
      if (c == '\\' && i + 1 < pattern.length() && "pP".indexOf(pattern.charAt(i + 1)) >= 0) {
        String property = PatternProperties.at(pattern, i);
        if (!PatternProperties.alike(property).equals(Optional.of(property))) {
          return Optional.of(property); // PatternProperties.alike names the spelling to write
        }
      }
      if (!inClass && c == '(') {
        groups.push(pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i)
            || pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i));
      } else if (!inClass && c == ')' && !groups.isEmpty()) {
        if (groups.pop() && i + 1 < pattern.length() && QUANTIFIERS.indexOf(pattern.charAt(i + 1)) >= 0) {
          return Optional.of(QUANTIFIED_LOOKAROUND);
        }
      }
      if (!inClass && c == '[') {
        inClass = true;
        classStart = i + 1 < pattern.length() && pattern.charAt(i + 1) == '^' ? i + 2 : i + 1;
      } else if (inClass && c == ']' && i != classStart) {
        inClass = false;
      }
    }
    return Optional.empty();
  }

  /** Whether the {@code }} at {@code index} ends a quantifier such as {@code {2}} or {@code {2,5}}. */
  private static boolean closesQuantifier(String pattern, int index) {
    int open = pattern.lastIndexOf('{', index);
    if (open < 0 || escaped(pattern, open) || open == index - 1) {
      return false;
    }
    for (int i = open + 1; i < index; i++) {
      char c = pattern.charAt(i);
      if ((c < '0' || c > '9') && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** Whether the character at {@code index} follows an odd number of backslashes. */
  private static boolean escaped(String pattern, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** A broken rule's name and what the user is told. */
  public record Message(String rule, String text) {}
}

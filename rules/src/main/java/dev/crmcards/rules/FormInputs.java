package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;

import java.util.List;

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

  /** The form's body: a JSON object keyed by member name. */
  @From(value = APP_CARD, source = "API.md §10 wire")
  public static final String CONTENT_TYPE = "application/json";

  /** A required value is absent, {@code null} or empty. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String MISSING = "Enter a value.";

  /** A text value is longer than the input's {@code maxLength}. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String TOO_LONG = "Use at most {maxLength} characters.";

  /** A text value does not match the input's {@code pattern} as a whole. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String NO_MATCH = "Enter a value in the expected format.";

  /** A number is below the input's {@code min}. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String TOO_SMALL = "Enter a number of at least {min}.";

  /** A number is above the input's {@code max}. */
  @From(value = APP_CARD, source = "API.md §10 details")
  public static final String TOO_LARGE = "Enter a number of at most {max}.";

  /** An INTEGER input's value is not a whole number (or not within its type's range). */
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

  /** A broken rule's name and what the user is told. */
  public record Message(String rule, String text) {}
}

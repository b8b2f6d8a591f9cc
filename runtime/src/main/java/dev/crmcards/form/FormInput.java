package dev.crmcards.form;

import dev.crmcards.rules.FormInputs;
import dev.crmcards.rules.PlainNumbers;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input of a form and the rules its value meets, as its {@code @Input} declares them: built
 * once, when a generated card class loads, and used by every {@link FormReader} of that form. Its
 * messages, from the rules' {@link FormInputs} with this input's limits filled in, are made here
 * once.
 *
 * <pre>{@code
 * static final FormInput QUANTITY = FormInput.integer("quantity", true).min(1).max(100);
 * }</pre>
 *
 * <p>Immutable: each setting returns a new input.
 */
public final class FormInput {

  /** What the input holds: one of the rules' {@link FormInputs#TYPES}. */
  final String type;
  final String name;
  final boolean required;
  /** For a whole number: the largest magnitude its Java type holds in the card and on the server. */
  final long largest;
  /** {@code min} and {@code max}; NaN when unset. */
  final double min;
  final double max;
  /** {@code min} and {@code max} as decimals, for BigDecimal values; null when unset. */
  final BigDecimal minDecimal;
  final BigDecimal maxDecimal;
  /** {@code maxLength}; -1 when unset. */
  final int maxLength;
  final Pattern pattern;
  final String tooSmall;
  final String tooLarge;
  final String tooLong;

  private FormInput(
      String type, String name, boolean required, long largest, double min, double max, int maxLength, Pattern pattern) {
    this.type = type;
    this.name = Objects.requireNonNull(name, "name");
    this.required = required;
    this.largest = largest;
    this.min = min;
    this.max = max;
    // For DECIMAL values, which are held to their limits exactly as sent.
    this.minDecimal = cardDecimal(min);
    this.maxDecimal = cardDecimal(max);
    this.maxLength = maxLength;
    this.pattern = pattern;
    // A whole number's messages name its type's limit where it declares none (or one beyond it):
    // a value past it is told that limit. NaN, unset, compares false.
    boolean typeLimited = largest > 0;
    Double minimum = typeLimited && !(min >= -largest) ? Double.valueOf(-largest) : orNull(min);
    Double maximum = typeLimited && !(max <= largest) ? Double.valueOf(largest) : orNull(max);
    Integer length = maxLength < 0 ? null : maxLength;
    this.tooSmall = FormInputs.message(FormInputs.TOO_SMALL, minimum, maximum, length);
    this.tooLarge = FormInputs.message(FormInputs.TOO_LARGE, minimum, maximum, length);
    this.tooLong = FormInputs.message(FormInputs.TOO_LONG, minimum, maximum, length);
  }

  /**
   * A limit as the card has it: its shortest digits, as the card sends that number (a 2e23 sent
   * for a max of 2e23 is not over it). Null when unset or infinite, which limits nothing a
   * decimal holds.
   */
  private static BigDecimal cardDecimal(double limit) {
    return Double.isFinite(limit) ? PlainNumbers.decimal(limit) : null;
  }

  /** A limit as a message's, null when unset. */
  private static Double orNull(double limit) {
    return Double.isNaN(limit) ? null : limit;
  }

  private static FormInput of(String type, String name, boolean required, long largest) {
    return new FormInput(type, name, required, largest, Double.NaN, Double.NaN, -1, null);
  }

  /**
   * A String member: a text input or area, at most {@link FormInputs#MAX_TEXT_LENGTH} long unless
   * it says less, as the card holds it.
   */
  public static FormInput text(String name, boolean required) {
    return of(FormInputs.TEXT, name, required, 0).maxLength(FormInputs.MAX_TEXT_LENGTH);
  }

  /** An int or Integer member. */
  public static FormInput integer(String name, boolean required) {
    return of(FormInputs.INTEGER, name, required, Integer.MAX_VALUE);
  }

  /**
   * A long or Long member: within plus or minus {@link FormInputs#MAX_SAFE_INTEGER}, the whole
   * numbers a card sends exactly.
   */
  public static FormInput longInteger(String name, boolean required) {
    return of(FormInputs.INTEGER, name, required, FormInputs.MAX_SAFE_INTEGER);
  }

  /** A double, Double or BigDecimal member. */
  public static FormInput decimal(String name, boolean required) {
    return of(FormInputs.DECIMAL, name, required, 0);
  }

  /** A boolean or Boolean member. */
  public static FormInput bool(String name, boolean required) {
    return of(FormInputs.BOOLEAN, name, required, 0);
  }

  /** A LocalDate member, sent as {@code yyyy-mm-dd}. */
  public static FormInput date(String name, boolean required) {
    return of(FormInputs.DATE, name, required, 0);
  }

  /** An enum member: one constant, sent by its name. */
  public static FormInput select(String name, boolean required) {
    return of(FormInputs.SELECT, name, required, 0);
  }

  /** A Set or List of an enum: constants sent as an array of their names. */
  public static FormInput multiSelect(String name, boolean required) {
    return of(FormInputs.MULTI_SELECT, name, required, 0);
  }

  /** The smallest number accepted, inclusive. */
  public FormInput min(double min) {
    return new FormInput(type, name, required, largest, min, max, maxLength, pattern);
  }

  /** The largest number accepted, inclusive. */
  public FormInput max(double max) {
    return new FormInput(type, name, required, largest, min, max, maxLength, pattern);
  }

  /**
   * The most UTF-16 code units a text takes.
   *
   * @throws IllegalArgumentException if below 1, or more than {@link FormInputs#MAX_TEXT_LENGTH},
   *     which the card holds every text to ({@link FormInputs#maxLengthProblem})
   */
  public FormInput maxLength(int maxLength) {
    FormInputs.maxLengthProblem(maxLength).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    return new FormInput(type, name, required, largest, min, max, maxLength, pattern);
  }

  /** A regular expression the whole text must match. */
  public FormInput pattern(String regex) {
    return new FormInput(type, name, required, largest, min, max, maxLength, Pattern.compile(regex));
  }

  /** The member's name: the key of its value in the body and of its error in the answer. */
  public String name() {
    return name;
  }

  /** For example {@code INTEGER quantity}. */
  @Override
  public String toString() {
    return type + " " + name;
  }
}

package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One input of a form ({@link Action#form()}): the member of the form class it fills, with the
 * rules its value must meet. The same rules are checked by the card before it sends and by the
 * server before the handler runs; both come from this declaration.
 *
 * <p>Member types and the inputs they give: {@code String} (a text input, or a text area with
 * {@link #multiline()}); {@code int}, {@code long}, {@code Integer}, {@code Long}, {@code double},
 * {@code Double}, {@code BigDecimal} (a number input, or a currency input with {@link
 * #currencyCode()}); {@code boolean}, {@code Boolean} (a checkbox); {@code LocalDate} (a date
 * input); an enum (a select of its
 * constants, labelled by {@link OptionLabel} or the constant's name); a {@code Set} or {@code
 * List} of an enum (a multi-select).
 *
 * <pre>{@code
 * public record NewOrder(
 *     @Input(label = "Product") String product,
 *     @Input(label = "Quantity", min = 1, max = 100) int quantity,
 *     @Input(label = "Deliver by", required = false) LocalDate deliverBy) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Input {
  /**
   * The input's label. Not blank.
   * Required; the empty default only lets the processor report it missing.
   */
  String label() default "";

  /**
   * Whether a value must be given. A primitive member is always required. An optional String
   * sent empty arrives as {@code null}, an optional set or list left empty as an empty one.
   */
  boolean required() default true;

  /** The hint shown in the empty input. */
  String placeholder() default "";

  /** A line of help shown with the input. */
  String description() default "";

  /** The smallest value a number member accepts, inclusive. Default: none. */
  double min() default Double.NaN;

  /** The largest value a number member accepts, inclusive. Default: none. */
  double max() default Double.NaN;

  /**
   * The most characters a String member accepts, counted in UTF-16 code units (Java's {@code
   * String.length()}, JavaScript's {@code .length}); from 1 to 262144, the longest text a form
   * takes. Default: that longest text (-1).
   */
  int maxLength() default -1;

  /**
   * A regular expression the whole value of a String member must match (as {@link
   * java.util.regex.Matcher#matches()} does). It must mean the same in Java and in the card's
   * JavaScript, so Java-only constructs are refused at compile time; the card reads {@code \s},
   * {@code \S} and {@code .} as Java does (ASCII whitespace; any character but a line terminator,
   * NEL included). Default: none.
   */
  String pattern() default "";

  /** A String member as a text area of several lines. */
  boolean multiline() default false;

  /** The ISO 4217 code of a {@code BigDecimal} amount: a currency input. Default: none. */
  String currencyCode() default "";
}

package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A figure of a card's summary ({@link CrmCard#summary()}), shown above the card's objects in
 * HubSpot's {@code Statistics}. The member takes what a {@link CardProperty} of its {@link
 * #type()} takes: for NUMERIC any number ({@code int}, {@code long}, {@code short}, {@code byte},
 * {@code double}, {@code float}, their boxes, {@code BigDecimal}, {@code BigInteger}); for
 * CURRENCY a {@code BigDecimal}, {@code long} or {@code double}, boxed or not. A figure travels
 * as a column value of its type does, a JSON string of its plain digits ({@code "1234.50"}), and
 * the card shows it with every digit. A null value is left out of that answer, and so is a {@code
 * double} or {@code float} that is NaN or infinite, which has no digits to send.
 *
 * <pre>{@code
 * public record OrderSummary(
 *     @Statistic(label = "Open orders") long open,
 *     @Statistic(label = "Revenue", type = PropertyType.CURRENCY, currencyCode = "EUR") BigDecimal revenue) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Statistic {
  /**
   * The figure's label. Not blank.
   * Required; the empty default only lets the processor report it missing.
   */
  String label() default "";

  /** How the figure is formatted: {@link PropertyType#NUMERIC} (default) or {@link PropertyType#CURRENCY}. */
  PropertyType type() default PropertyType.NUMERIC;

  /** The ISO 4217 code of a CURRENCY figure; required there, not allowed elsewhere. */
  String currencyCode() default "";
}

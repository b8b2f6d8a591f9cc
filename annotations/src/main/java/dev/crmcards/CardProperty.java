package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property the card defines ({@code display.properties[]}) and every object fills under {@link
 * #name()}. HubSpot shows these as "label: value" pairs in declaration order; a null value leaves
 * the property out for that object.
 *
 * <p>Accepted Java types per {@link #type()}: STRING: String, any enum (its constant name);
 * NUMERIC: primitive and boxed numbers, BigDecimal, BigInteger; CURRENCY: BigDecimal, long,
 * double (and their boxes); DATE: LocalDate; DATETIME: Instant, OffsetDateTime, ZonedDateTime,
 * long (epoch milliseconds); EMAIL: String; LINK: String, URI; STATUS: String or an enum whose
 * constants are exactly the option names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface CardProperty {
  /**
   * The JSON key of the property in each object and its {@code name} in the definition. Default:
   * the member's name (a getter's name without {@code get}/{@code is}). {@code objectId}, {@code
   * title}, {@code link}, {@code properties} and {@code actions} are reserved.
   */
  String name() default "";

  /**
   * The label HubSpot shows before the value. Not blank.
   * Required; the empty default only lets the processor report it missing.
   */
  String label() default "";

  /** How HubSpot formats the value. */
  PropertyType type() default PropertyType.STRING;

  /** The possible values of a {@link PropertyType#STATUS} property, with their labels and colours. */
  StatusOption[] options() default {};

  /**
   * TABLE only: the column's header sorts the table; the handler gets the order as {@code
   * FetchRequest.sort()}, naming this property by {@link #name()}. A compile error on a card that
   * is not a TABLE, and with a {@link #name()} that starts with {@code -} (which a sort reads as
   * descending order).
   */
  boolean sortable() default false;

  /**
   * The ISO 4217 code of a {@link PropertyType#CURRENCY} property, such as {@code "EUR"}; a
   * compile error on any other type. Default: none, and the amount is shown as a plain number.
   *
   * <p>HubSpot's cards API has no place for it (only an object's own properties carry a currency),
   * so it goes into the card's view, not its definition: crmcards' card UI shows the amount in
   * this currency, in a TABLE's column as on TILES. Without a code, a TABLE column could never
   * show a currency, as its columns are card-defined properties only. HubSpot's legacy-card
   * converter still shows TILES values without one.
   */
  String currencyCode() default "";
}

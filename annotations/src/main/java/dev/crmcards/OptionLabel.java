package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The label of an enum constant where a form shows it as an option ({@link Input} on an enum or
 * a set of one), and where a chart shows it as a category ({@link Chart#x()} naming an enum).
 * Without it the label is the constant's name in words: {@code NEXT_DAY} shows as "Next day".
 * The value a form sends is always the constant's name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface OptionLabel {
  /** The option's, or the category's, label. Not blank. */
  String value();
}

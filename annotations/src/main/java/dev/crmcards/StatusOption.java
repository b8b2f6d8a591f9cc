package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One value of a STATUS {@link CardProperty} ({@code display.properties[].options[]}). An object
 * sends the option's {@link #name()}; HubSpot shows its {@link #label()} coloured by {@link
 * #type()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface StatusOption {
  /**
   * The value objects send; unique within the property. For an enum member, the constant's name.
   * Required; the empty default only lets the processor report it missing.
   */
  String name() default "";

  /** The text HubSpot shows. Default: the name. */
  String label() default "";

  /** The colour of the tag. */
  StatusType type() default StatusType.DEFAULT;
}

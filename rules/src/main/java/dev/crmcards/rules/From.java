package dev.crmcards.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the clients a rule comes from. Every public rule of this package carries it, so a reader
 * (and a test) can tell a rule HubSpot enforces from one crmcards adds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface From {
  Client[] value();

  /** Where the rule is written down, e.g. "HUBSPOT-SPEC §10.1" or the converter's file. */
  String source() default "";
}

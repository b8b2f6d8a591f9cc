package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks classes written by the crmcards processor. Class-retained so that coverage tools such as
 * JaCoCo, which skip classes annotated with an annotation named {@code *Generated}, leave them out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrmCardsGenerated {
  /** The card class the marked class was generated from. */
  Class<?> from();
}

package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member holding properties that only this object shows ({@code results[].properties}), of
 * type {@code List<Property>}. HubSpot shows them after the card-defined properties, in list
 * order. A null or empty list writes no {@code properties} key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ExtraProperties {}

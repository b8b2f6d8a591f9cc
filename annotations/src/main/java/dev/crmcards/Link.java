package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member holding the URL the object's title links to ({@code results[].link}). Optional, at
 * most one, {@code String} or {@code java.net.URI}; a null value is written as {@code null}, as
 * HubSpot asks.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Link {}

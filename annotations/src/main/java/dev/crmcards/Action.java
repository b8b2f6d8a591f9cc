package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An action button of the card. With the default {@link ActionPlacement#OBJECT} placement the
 * action is written into every object's {@code actions} (unless {@link #when()} says otherwise);
 * PRIMARY, SETTINGS and SECONDARY actions become the card's {@code primaryAction}, {@code
 * settingsAction} and {@code secondaryActions}.
 *
 * <p>For each {@link ActionType#ACTION_HOOK} and {@link ActionType#CONFIRMATION_ACTION_HOOK} the
 * generated {@code Handler} gets a method named by {@link #id()}, and the generated servlet routes
 * the hook's signed requests to it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Actions.class)
public @interface Action {
  /**
   * Unique within the card, and a valid Java method name: it names the handler method.
   * Required; the empty default only lets the processor report it missing.
   */
  String id() default "";

  /** What the button does. */
  ActionType type();

  /**
   * The button's text. Not blank.
   * Required; the empty default only lets the processor report it missing.
   */
  String label() default "";

  /**
   * The absolute https URL of the iframe or hook. {@code {member}} placeholders (OBJECT placement
   * only) are filled from each object's members, percent-encoded as one path segment; {@code
   * ${key}} comes from the compiler option {@code -Acrmcards.key=value}.
   * Required; the empty default only lets the processor report it missing.
   */
  String uri() default "";

  /** The HTTP method of a hook ({@code httpMethod}); not for IFRAME. */
  HttpMethod method() default HttpMethod.POST;

  /**
   * The iframe modal's width in pixels; IFRAME only. The default is the rules' (ActionShapes,
   * held equal by the processor's ActionDefaultsTest), which the card uses too.
   */
  int width() default 890;

  /** The iframe modal's height in pixels; IFRAME only. The default is the rules', as for width. */
  int height() default 748;

  /**
   * HubSpot properties of the record that HubSpot sends along with a hook (query string for GET
   * and DELETE, body otherwise) or appends to an iframe's URL.
   */
  String[] associatedObjectProperties() default {};

  /** The question HubSpot asks before a CONFIRMATION_ACTION_HOOK; required there, not allowed elsewhere. */
  String confirmationMessage() default "";

  /** The confirm button of a CONFIRMATION_ACTION_HOOK. Default: "Yes". */
  String confirmButtonText() default "";

  /** The cancel button of a CONFIRMATION_ACTION_HOOK. Default: "No". */
  String cancelButtonText() default "";

  /**
   * The name of a boolean no-arg method, field or record component of the card class; the action
   * is shown on an object only when it returns true. OBJECT placement only.
   */
  String when() default "";

  /** Where the action is shown. */
  ActionPlacement placement() default ActionPlacement.OBJECT;

  /**
   * The form a FORM action opens: a record or class whose members carry {@link Input}. Required
   * for FORM, not allowed elsewhere. The generated {@code Handler} method of the action takes the
   * filled-in form, parsed and checked, after the request and the uri's placeholders.
   */
  Class<?> form() default void.class;
}

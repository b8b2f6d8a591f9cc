package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as one HubSpot CRM card. Each instance of the class is one object of
 * the card's data-fetch response ({@code results[]}).
 *
 * <p>At compile time crmcards writes the card definition HubSpot's cards API takes to {@code
 * META-INF/crmcards/<name>.json} and generates {@code <Class>CrmCard} next to the class, with the
 * definition, a reflection-free JSON writer for the response and a servlet that serves the card.
 *
 * <p>{@code ${key}} in {@link #targetUrl}, action URIs and {@link #actionBaseUrls} is replaced by
 * the compiler option {@code -Acrmcards.key=value}, so each environment builds its own URLs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrmCard {
  /**
   * The card's title in the CRM sidebar ({@code title}). Not blank.
   * Required; the empty default only lets the processor report it missing.
   */
  String title() default "";

  /**
   * The absolute https URL HubSpot sends the signed data-fetch GET to ({@code fetch.targetUrl}).
   * Plain http is accepted for {@code localhost} only, with a warning.
   * Required; the empty default only lets the processor report it missing.
   */
  String targetUrl() default "";

  /**
   * The record types the card appears on ({@code fetch.objectTypes}); at least one, no repeats.
   * Required; the empty default only lets the processor report it missing.
   */
  ObjectType[] objectTypes() default {};

  /**
   * A stable identifier for the card: the file name of its definition and the key under which a
   * multi-card servlet knows it. Default: the class's simple name in kebab-case.
   */
  String name() default "";

  /**
   * Extra URL prefixes for {@code actions.baseUrls}, for actions a handler adds at run time. When
   * given, every declared action's URI must start with one of them; when empty, the origin of
   * every declared action is used.
   */
  String[] actionBaseUrls() default {};

  /**
   * Where HubSpot shows the card as an app card: each location becomes one card component of
   * the HubSpot project, and the card shows nowhere else. Left out, the card is on the record
   * sidebar, and a card on TICKETS on the help desk sidebar too, as legacy cards on tickets
   * were; name the locations to keep a card on TICKETS off the help desk. {@link
   * CardLocation#HELPDESK_SIDEBAR} needs TICKETS among the {@link #objectTypes()}. No repeats.
   */
  CardLocation[] locations() default {CardLocation.RECORD_SIDEBAR};

  /**
   * How the card UI draws the objects: HubSpot's legacy tiles (at most five objects) or a table
   * paged, sorted and searched on the server.
   */
  CardLayout layout() default CardLayout.TILES;

  /**
   * TABLE only: the rows per page, 1 to 100; {@code FetchRequest.pageSize()} when the card does
   * not ask for another. Given explicitly on a TILES card it is a compile error.
   */
  int pageSize() default 10;

  /**
   * TABLE only: a search box above the table; its text reaches the handler as {@code
   * FetchRequest.search()}. Given explicitly on a TILES card it is a compile error.
   */
  boolean searchable() default false;

  /**
   * A record or class whose members carry {@link Statistic} or {@link Chart}: figures and charts
   * shown above the objects. The generated {@code Handler} then gets {@code summary(FetchRequest)},
   * called once for the first page of every fetch. Default: none ({@code void.class}).
   */
  Class<?> summary() default void.class;
}

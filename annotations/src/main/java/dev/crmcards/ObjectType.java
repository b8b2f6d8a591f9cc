package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One record type of a {@link CrmCard}, with the HubSpot properties of that record that HubSpot
 * appends to the data-fetch query ({@code fetch.objectTypes[]}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ObjectType {
  /** The record type. */
  CrmObjectType value();

  /**
   * Internal names of the record's HubSpot properties to send with each data fetch, e.g. {@code
   * email}; read them with {@code FetchRequest.property(name)}. May be empty.
   */
  String[] propertiesToSend() default {};
}

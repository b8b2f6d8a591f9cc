package dev.crmcards;

/**
 * How HubSpot formats a property value on the card ({@code dataType} in the definition and in
 * per-object properties). Values always travel as JSON strings.
 */
public enum PropertyType {
  /** A decimal amount shown with the currency's symbol; per-object values carry {@code currencyCode}. */
  CURRENCY,
  /** A calendar date sent as {@code yyyy-mm-dd}, shown in the user's locale. */
  DATE,
  /** An instant sent as epoch milliseconds, shown in the user's locale and time zone. */
  DATETIME,
  /** An e-mail address, shown as a mailto link. */
  EMAIL,
  /** A URL, opened in a new window; per-object values may carry a {@code linkLabel}. */
  LINK,
  /** A number sent as a plain decimal string. */
  NUMERIC,
  /** A coloured status tag; card-defined values name one of the property's {@link StatusOption}s. */
  STATUS,
  /** Plain text. */
  STRING
}

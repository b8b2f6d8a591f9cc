package dev.crmcards;

import java.util.Objects;

/**
 * The order a TABLE card's user asked for ({@link FetchRequest#sort()}): one of the card's
 * {@code sortable} properties, by its wire name ({@code @CardProperty.name}), ascending or
 * descending. Sent as {@code sort=placed} or {@code sort=-placed}.
 *
 * @param property the property's name, always one the card declares sortable
 * @param descending whether the largest value comes first
 */
public record Sort(String property, boolean descending) {
  public Sort {
    Objects.requireNonNull(property, "property");
  }
}

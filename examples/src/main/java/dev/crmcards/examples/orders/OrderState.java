package dev.crmcards.examples.orders;

/** Where an order is: its constants are the STATUS options of {@link Order#state()}. */
public enum OrderState {
  OPEN,
  SHIPPED,
  RETURNED
}

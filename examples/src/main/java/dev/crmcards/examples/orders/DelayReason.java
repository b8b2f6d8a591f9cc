package dev.crmcards.examples.orders;

import dev.crmcards.OptionLabel;

/** Why an order's delivery moves; the form shows the constants as options. */
public enum DelayReason {
  CUSTOMER_ASKED,
  OUT_OF_STOCK,
  @OptionLabel("Carrier delay")
  CARRIER
}

package dev.crmcards.rules;

import static dev.crmcards.rules.Client.LEGACY_CARDS;

import java.util.Currency;

/** The {@code currencyCode} of a CURRENCY value. */
public final class CurrencyCodes {
  private CurrencyCodes() {}

  /** Three upper-case letters that the JDK knows as an ISO 4217 currency ({@code "usd"} is not one). */
  @From(value = LEGACY_CARDS, source = "SEED: CURRENCY \"must include\" an ISO 4217 currencyCode")
  public static boolean isIso4217(String code) {
    if (code == null || code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The sentence for a code {@link #isIso4217} refuses. */
  public static final String EXPECTED = "an ISO 4217 currency code (three upper-case letters such as USD, EUR, GBP)";
}

package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

/**
 * The label of an option (a STATUS option's tag, a form's choice): only a label with a character
 * other than white space shows any text, so a blank one leaves an empty tag or choice.
 */
public final class OptionLabels {
  private OptionLabels() {}

  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §1.2 DisplayOption.label")
  public static boolean showsText(String label) {
    return label != null && !label.isBlank();
  }

  /**
   * Whether crmcards' card shows a STATUS option's name in place of its label: where the label is
   * missing or empty, not where it is blank (card-ui shownValues.ts, {@code option?.label || text}).
   */
  @From(value = APP_CARD, source = "crmcards' card UI shownValues.ts")
  public static boolean nameShownInstead(String label) {
    return label == null || label.isEmpty();
  }
}

package dev.crmcards.rules;

import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

/**
 * HubSpot's legacy-card converter app card, which users copy into their project: where to take
 * it, and the fix that tells its copies apart ({@link Client#CONVERTER} since, {@link
 * Client#OLD_CONVERTER} before).
 */
public final class LegacyCardConverter {
  private LegacyCardConverter() {}

  /** Where the converter's sources live. */
  @From(value = {CONVERTER, OLD_CONVERTER}, source = "HUBSPOT-SPEC §10")
  public static final String SOURCES = "HubSpot/ui-extensions-examples (folder legacy-card-converter)";

  /**
   * The change after which a per-object STATUS the card does not define is shown by its {@code
   * optionType}, where copies taken before show "Invalid property".
   */
  @From(value = {CONVERTER, OLD_CONVERTER}, source = "HUBSPOT-SPEC §12 The converter")
  public static final String FIX = "PR #124 (merged on 2026-08-11)";

  /** Which copy to take, for messages: one with the fix. */
  @From(value = CONVERTER, source = "HUBSPOT-SPEC §12 The converter")
  public static final String TAKE =
      "take the converter from " + SOURCES + " at main, or at any commit since " + FIX;

  /** What copies without the fix do differently, for messages. */
  @From(value = OLD_CONVERTER, source = "HUBSPOT-SPEC §10.1, §12 The converter")
  public static final String OLD_COPIES =
      "copies taken before (such as commit 76d6691 of 2026-02-23) show a per-object STATUS the card"
          + " does not define as \"Invalid property\"";
}

package dev.crmcards;

/** The colour HubSpot gives a STATUS value ({@code options[].type} / {@code optionType}). */
public enum StatusType {
  /** Grey. */
  DEFAULT,
  /** Green. */
  SUCCESS,
  /** Yellow. */
  WARNING,
  /** Red. */
  DANGER,
  /** Blue. */
  INFO
}

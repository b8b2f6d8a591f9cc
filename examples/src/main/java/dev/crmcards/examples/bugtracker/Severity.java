package dev.crmcards.examples.bugtracker;

import dev.crmcards.OptionLabel;

/** How bad a reported bug is: the report form's select. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  @OptionLabel("Critical: drop everything")
  CRITICAL
}

package dev.crmcards.examples.bugtracker;

/** What a reported bug concerns: the report form's multi-select ({@code DATA_LOSS} shows as "Data loss"). */
public enum Tag {
  UI,
  API,
  PERFORMANCE,
  SECURITY,
  DATA_LOSS
}

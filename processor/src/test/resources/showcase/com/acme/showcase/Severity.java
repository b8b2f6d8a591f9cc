package com.acme.showcase;

/** Sent as the STATUS value of a card property: constant names equal the option names. */
public enum Severity {
  CRITICAL,
  MAJOR,
  MINOR
}

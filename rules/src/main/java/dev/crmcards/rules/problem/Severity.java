package dev.crmcards.rules.problem;

/** How bad a finding is for the clients it names. */
public enum Severity {
  /** The client rejects or misrenders the card. Fails a check. */
  ERROR,
  /** The client shows the card, but not as meant (for example only five of seven objects). Fails a check. */
  WARNING,
  /** Worth knowing; does not fail a check. */
  NOTE
}

package dev.crmcards.cli.problem;

/** How bad a finding is. */
public enum Severity {
  /** HubSpot rejects or misrenders the card. Fails the check. */
  ERROR,
  /** HubSpot shows the card, but not as meant (for example only five of seven objects). Fails the check. */
  WARNING,
  /** Worth knowing; does not fail the check. */
  NOTE
}

package dev.crmcards;

/** What HubSpot does when a user clicks an action button. */
public enum ActionType {
  /**
   * Opens a modal with an iframe on the action's URI. HubSpot does not sign iframe requests; the
   * page closes the modal by posting {@code {"action":"DONE"}} or {@code {"action":"CANCEL"}} to
   * its parent window.
   */
  IFRAME,
  /** Sends a signed request to the action's URI and shows the user success or failure. */
  ACTION_HOOK,
  /** Like {@link #ACTION_HOOK}, after the user confirms a dialog. */
  CONFIRMATION_ACTION_HOOK,
  /**
   * Opens a form of typed inputs ({@link Action#form()}) in crmcards' card UI; submitting it sends
   * the action's method and uri with the form as a JSON body, checked on both ends. crmcards' own:
   * legacy cards and HubSpot's legacy-card converter cannot show it.
   */
  FORM
}

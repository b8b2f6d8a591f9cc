package dev.crmcards;

/** Where on the card HubSpot shows an action. */
public enum ActionPlacement {
  /** On every object of the card ({@code results[].actions}); the uri may use {@code {member}} placeholders. */
  OBJECT,
  /** The card's primary action ({@code primaryAction}), typically "create". At most one per card. */
  PRIMARY,
  /** The settings entry of the card ({@code settingsAction}). Must be an {@link ActionType#IFRAME}; at most one. */
  SETTINGS,
  /** One of the card's secondary actions ({@code secondaryActions}). */
  SECONDARY
}

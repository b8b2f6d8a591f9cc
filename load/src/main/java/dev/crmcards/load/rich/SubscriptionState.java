package dev.crmcards.load.rich;

/** Where a subscription stands; shown as the card's State tag. */
public enum SubscriptionState {
  ACTIVE,
  TRIAL,
  PAST_DUE,
  CANCELLED
}

package dev.crmcards.load.rich;

/**
 * A subscription as a billing database hands it over: numbers, epoch values and text, not yet
 * the card's types. {@link SubscriptionHandler} turns rows into {@link Subscription}s on every
 * request, as a card backed by a database does.
 */
record SubscriptionRow(
    long id,
    String customer,
    String plan,
    long feeCents,
    int seats,
    double usage,
    long startedEpochDay,
    long lastInvoiceMillis,
    String billingContact,
    String invoiceNumber,
    String state,
    String note,
    double discountPercent,
    long balanceCents,
    String currency,
    long renewsEpochDay,
    long lastLoginMillis,
    String accountManager,
    String contract,
    boolean paid,
    String region) {}

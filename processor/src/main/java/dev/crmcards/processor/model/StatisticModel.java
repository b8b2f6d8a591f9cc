package dev.crmcards.processor.model;

/**
 * A figure of a summary ({@code @Statistic}): the member it is read from, its key in the answer's
 * {@code summary} (the member's name), its label and data type (NUMERIC or CURRENCY, the latter
 * with its currency code; null otherwise).
 */
public record StatisticModel(Member member, ValueKind kind, String name, String label, String type, String currencyCode) {}

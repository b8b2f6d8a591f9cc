package dev.crmcards.processor.model;

import dev.crmcards.PropertyType;
import java.util.List;

/**
 * A card-defined display property: the member it is read from, its JSON name, and how HubSpot
 * shows it; a CURRENCY property's code, null when it has none (the view carries it, the
 * definition has no place for it).
 */
public record PropertyModel(
    Member member,
    ValueKind valueKind,
    String name,
    String label,
    PropertyType type,
    List<StatusOptionModel> options,
    String currencyCode) {}

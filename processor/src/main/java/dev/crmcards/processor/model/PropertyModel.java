package dev.crmcards.processor.model;

import java.util.List;

/**
 * A card-defined display property: the member it is read from, its JSON name, and how HubSpot
 * shows it. {@code type} is a PropertyType constant name.
 */
public record PropertyModel(
    Member member,
    ValueKind valueKind,
    String name,
    String label,
    String type,
    List<StatusOptionModel> options) {}

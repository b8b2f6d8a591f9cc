package dev.crmcards.processor.model;

import java.util.List;

/** One {@code fetch.objectTypes[]} entry. */
public record ObjectTypeModel(String definitionName, List<String> propertiesToSend) {}

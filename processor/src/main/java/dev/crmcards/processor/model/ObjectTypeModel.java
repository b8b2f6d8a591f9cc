package dev.crmcards.processor.model;

import dev.crmcards.CrmObjectType;
import java.util.List;

/** One {@code fetch.objectTypes[]} entry. */
public record ObjectTypeModel(CrmObjectType type, List<String> propertiesToSend) {}

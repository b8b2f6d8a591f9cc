package dev.crmcards.processor.model;

import dev.crmcards.StatusType;

/** One option of a STATUS property. */
public record StatusOptionModel(String name, String label, StatusType type) {}

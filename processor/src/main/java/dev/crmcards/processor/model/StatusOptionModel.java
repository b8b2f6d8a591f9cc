package dev.crmcards.processor.model;

/** One option of a STATUS property; {@code type} is a StatusType constant name. */
public record StatusOptionModel(String name, String label, String type) {}

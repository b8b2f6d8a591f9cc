package dev.crmcards.cli.definition;

/**
 * One option of a STATUS display property: the value objects send ({@code name}), the text shown
 * ({@code label}) and its colour ({@code type}: DEFAULT, SUCCESS, WARNING, DANGER or INFO).
 */
public record StatusOption(String name, String label, String type) {}

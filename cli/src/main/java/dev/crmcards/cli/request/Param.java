package dev.crmcards.cli.request;

/** One query or form parameter, before encoding. */
public record Param(String name, String value) {}

/**
 * The UTF-8 JSON writer that generated card classes call ({@link dev.crmcards.json.JsonOutput})
 * and the result limit it applies ({@link dev.crmcards.json.ResultLimit}). Generated code writes
 * constant fragments pre-encoded once per card and only the per-object values through the
 * writer's typed methods, so a reused writer allocates nothing while writing a response. The
 * fragments of declared actions come from {@link dev.crmcards.json.ActionJson}, which also writes
 * {@link dev.crmcards.CardAction}s; a generated {@code definitionJson()} reads its definition with
 * {@link dev.crmcards.json.DefinitionResource}.
 */
package dev.crmcards.json;

/**
 * The UTF-8 JSON writer that generated card classes call ({@link dev.crmcards.json.JsonOutput})
 * and the result limit it applies ({@link dev.crmcards.json.ResultLimit}). Generated code writes
 * constant fragments pre-encoded once per card and only the per-object values through the
 * writer's typed methods, so a reused writer allocates nothing while writing a response.
 */
package dev.crmcards.json;

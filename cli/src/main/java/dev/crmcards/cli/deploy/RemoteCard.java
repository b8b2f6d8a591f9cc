package dev.crmcards.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/** A card as the cards API returns it ({@code PublicCardResponse}). */
public record RemoteCard(String id, String title, JsonNode json) {
  static RemoteCard of(JsonNode json) {
    return new RemoteCard(json.path("id").asText(""), json.path("title").asText(""), json);
  }
}

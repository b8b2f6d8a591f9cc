package dev.crmcards.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.request.ServerMessage;
import java.io.IOException;
import java.util.Optional;

/** A cards API answer: status, body, and the {@code Retry-After} header if any. */
record ApiResponse(int status, byte[] body, Optional<String> retryAfter) {
  ApiResponse {
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The body parsed, or a missing node when it is not JSON. */
  JsonNode json() {
    try {
      JsonNode json = Json.MAPPER.readTree(body);
      return json == null ? Json.MAPPER.missingNode() : json;
    } catch (IOException e) {
      return Json.MAPPER.missingNode();
    }
  }

  /** HubSpot's error {@code message}, if the body has one. */
  Optional<String> message() {
    return ServerMessage.json(body);
  }
}

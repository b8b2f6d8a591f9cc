package dev.crmcards.cli.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a server said in a response body: its JSON {@code message}, or the start of its text. */
public final class ServerMessage {
  private static final int LIMIT = 300;

  private ServerMessage() {}

  /** The {@code message} of a JSON body like {@code {"message": "..."}}. */
  public static Optional<String> json(byte[] body) {
    try {
      JsonNode json = Json.MAPPER.readTree(body);
      return json != null && json.path("message").isTextual()
          ? Optional.of(json.path("message").asText())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The JSON {@code message}, else the body's text, shortened; empty text for an empty body. */
  public static String summary(byte[] body) {
    return json(body)
        .orElseGet(
            () -> {
              String text = new String(body, StandardCharsets.UTF_8).strip();
              return text.length() > LIMIT ? text.substring(0, LIMIT) + "..." : text;
            });
  }
}

package dev.crmcards.cli.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.problem.JsonPath;
import dev.crmcards.cli.problem.Problems;
import dev.crmcards.cli.problem.Quote;
import dev.crmcards.cli.request.ServerMessage;
import java.io.IOException;
import java.net.http.HttpResponse;

/** The HTTP side of a data-fetch answer: status 200, a JSON content type, a JSON body. */
final class HttpRules {
  private HttpRules() {}

  /** The parsed body, or {@code null} when the answer cannot be shown (problems say why). */
  static JsonNode check(HttpResponse<byte[]> response, Problems problems) {
    int status = response.statusCode();
    if (status != 200) {
      String message = ServerMessage.json(response.body()).orElse(null);
      problems.error(
          JsonPath.ROOT,
          "HTTP " + status + ", but HubSpot shows the card only for 200"
              + (message == null ? "" : " (the server said " + Quote.of(message) + ")"));
      return null;
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (!FetchCheck.isJsonType(contentType)) {
      problems.warning(
          JsonPath.ROOT,
          "Content-Type is " + (contentType.isEmpty() ? "missing" : Quote.of(contentType))
              + "; send application/json");
    }
    try {
      JsonNode body = Json.MAPPER.readTree(response.body());
      if (body == null || body.isMissingNode()) {
        problems.error(JsonPath.ROOT, "the body is empty; HubSpot needs a JSON object");
        return null;
      }
      return body;
    } catch (JsonProcessingException e) {
      problems.error(
          JsonPath.ROOT,
          "the body is not JSON: " + e.getOriginalMessage() + " (line "
              + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
      return null;
    } catch (IOException e) {
      problems.error(JsonPath.ROOT, "the body cannot be read: " + e.getMessage());
      return null;
    }
  }
}

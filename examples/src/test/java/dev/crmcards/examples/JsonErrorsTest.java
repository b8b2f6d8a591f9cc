package dev.crmcards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON of Jetty's own refusals: valid whatever Jetty's reason holds, and only its printable ASCII. */
class JsonErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aReasonWithQuotesBackslashesAndControlCharactersIsValidJson() throws Exception {
    JsonNode body = JSON.readTree(JsonErrors.body(400, "Bad \"URI\" \\x\u0001\u00e9 here"));
    assertThat(body.size()).isEqualTo(1);
    assertThat(body.path("message").asText()).isEqualTo("bad \"uri\" \\x here");
  }

  @Test
  void noReasonOrNoneLeftIsTheStatussOwnAndALongOneIsCut() throws Exception {
    assertThat(JSON.readTree(JsonErrors.body(414, null)).path("message").asText()).isEqualTo("uri too long");
    assertThat(JSON.readTree(JsonErrors.body(400, "\u00e9\u0001")).path("message").asText()).isEqualTo("bad request");
    assertThat(JSON.readTree(JsonErrors.body(431, "y".repeat(9000))).path("message").asText()).hasSize(200);
  }
}

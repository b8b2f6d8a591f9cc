package dev.crmcards.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonMessageTest {

  static String json(String message) {
    return new String(JsonMessage.of(message), UTF_8);
  }

  @Test
  void plainText() {
    assertThat(json("Ticket resolved")).isEqualTo("{\"message\":\"Ticket resolved\"}");
  }

  @Test
  void escapes() {
    assertThat(json("a\"b\\c\nd\re\tf\bg\fh\u0001i\u007fj\u2028k</script>"))
        .isEqualTo("{\"message\":\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u007fj\\u2028k</script>\"}");
  }

  @Test
  void everyCharacterRoundTrips() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      if (!Character.isSurrogate(c)) {
        all.append(c);
      }
    }
    all.append("\uD83D\uDE00 \u00e9\u4e2d");
    assertThat(new ObjectMapper().readTree(JsonMessage.of(all.toString())).get("message").asText())
        .isEqualTo(all.toString());
  }
}

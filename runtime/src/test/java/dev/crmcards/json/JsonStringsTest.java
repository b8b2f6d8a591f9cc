package dev.crmcards.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The string encoder copies a leading run of plain ASCII in bulk and encodes the rest character by
 * character: both sides of that boundary, in every position, against the reference encoder.
 */
class JsonStringsTest {

  private static final String PRINTABLE =
      " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007F";

  private static byte[] written(String value) {
    JsonOutput out = new JsonOutput(0); // every write has to grow the buffer
    JsonStrings.write(out, value);
    return out.toByteArray();
  }

  private static String plain(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(PRINTABLE.charAt(i % PRINTABLE.length()));
    }
    return text.toString();
  }

  @Test
  void plainRunsOfEveryLengthBeforeAndAfterWhatNeedsWork() {
    List<String> breaks =
        List.of("", "\"", "\\", "\n", "\u0000", "é", "\u00FF", "\u2028", "中", "\uD83D\uDE00", "\uD800");
    for (int run = 0; run <= 300; run += run < 40 ? 1 : 29) {
      for (String work : breaks) {
        String value = plain(run) + work + plain(run / 2);
        assertThat(written(value))
            .as("run of %d, then %s", run, work)
            .isEqualTo(JsonOutputPropertyTest.referenceString(value));
      }
    }
  }

  @Test
  void charactersBeyondLatin1AreNotTakenForTheirLowByte() {
    // Each one's low byte alone would be plain ASCII, a quote, a backslash or NUL.
    for (String c : List.of("\u0141", "\u0122", "\u015C", "\u0100", "\u2022", "\uFF41")) {
      String value = "ab" + c + "cd";
      assertThat(written(value)).isEqualTo(('"' + value + '"').getBytes(UTF_8));
    }
  }
}

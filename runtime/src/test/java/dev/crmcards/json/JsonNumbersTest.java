package dev.crmcards.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number encoders reserve a fixed room, then write without checking. The longest values of
 * each kind, written into buffers with every amount of room left, show that the room is enough.
 */
class JsonNumbersTest {

  private static void writesInAnyRoom(String expected, Consumer<JsonBuffer> write) {
    for (int capacity = 0; capacity <= expected.length() + 24; capacity++) {
      JsonOutput out = new JsonOutput(capacity);
      write.accept(out);
      assertThat(out.toString()).as("capacity %d", capacity).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({
    // sign, "0." and 17 decimals: the longest short form of a double
    "-0.00000000000000001, -0.00000000000000001",
    // sign and 16 significant digits, the most below 2^53, on either side of the point
    "-1234567890.123456, -1234567890.123456",
    "-0.1234567890123456, -0.1234567890123456",
  })
  void theLongestShortDoublesFit(double value, String expected) {
    writesInAnyRoom('"' + expected + '"', out -> JsonNumbers.writeQuoted(out, value));
  }

  @ParameterizedTest
  @CsvSource({"-9223372036854775808", "-9223372036854775807", "9223372036854775807"})
  void theLongestLongsFit(long value) {
    writesInAnyRoom(Long.toString(value), out -> JsonNumbers.write(out, value));
    writesInAnyRoom('"' + Long.toString(value) + '"', out -> JsonNumbers.writeQuoted(out, value));
  }
}

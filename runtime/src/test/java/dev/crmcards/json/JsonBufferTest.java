package dev.crmcards.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonBufferTest {

  private static String written(JsonBuffer out) {
    return new String(out.bytes, 0, out.size, UTF_8);
  }

  @Test
  void growsFromNothing() {
    JsonBuffer out = new JsonBuffer(0);
    out.append('[');
    out.append("\"é\"".getBytes(UTF_8));
    out.appendAscii(",12");
    out.append(']');
    assertThat(written(out)).isEqualTo("[\"é\",12]");
    assertThat(out.size).isEqualTo(9);
  }

  @Test
  void ensureKeepsTheArrayWhileThereIsRoom() {
    JsonBuffer out = new JsonBuffer(16);
    byte[] before = out.bytes;
    out.ensure(16);
    assertThat(out.bytes).isSameAs(before);
    out.appendAscii("0123456789");
    out.ensure(7);
    assertThat(out.bytes).isNotSameAs(before).hasSizeGreaterThanOrEqualTo(17);
    assertThat(written(out)).isEqualTo("0123456789");
  }

  @Test
  void clearKeepsASmallArrayAndDropsABigOne() {
    JsonBuffer out = new JsonBuffer(8);
    out.appendAscii("abc");
    byte[] small = out.bytes;
    out.clear(64, 8);
    assertThat(out.size).isZero();
    assertThat(out.bytes).isSameAs(small);

    out.append(new byte[100]);
    out.clear(64, 8);
    assertThat(out.size).isZero();
    assertThat(out.bytes).hasSize(8);
  }
}

package dev.crmcards.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerThreadOutputTest {

  @Test
  void aWriterThatGrewTooBigIsCutBackWhenTakenAgain() {
    JsonOutput out = PerThreadOutput.take();
    out.raw(new byte[JsonOutput.MAX_RETAINED_CAPACITY + 1]);
    assertThat(out.array().length).isGreaterThan(JsonOutput.MAX_RETAINED_CAPACITY);

    JsonOutput again = PerThreadOutput.take();
    assertThat(again).isSameAs(out);
    assertThat(again.size()).isZero();
    assertThat(again.array()).hasSize(JsonOutput.DEFAULT_CAPACITY);
  }

  @Test
  void aWriterWithinTheLimitKeepsItsBuffer() {
    JsonOutput out = PerThreadOutput.take();
    out.raw(new byte[JsonOutput.DEFAULT_CAPACITY * 4]);
    byte[] grown = out.array();

    JsonOutput again = PerThreadOutput.take();
    assertThat(again.size()).isZero();
    assertThat(again.array()).isSameAs(grown);
  }
}

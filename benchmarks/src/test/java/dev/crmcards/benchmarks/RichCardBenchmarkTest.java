package dev.crmcards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmcards.core.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each rich-card benchmark, run once, writes the same answer: the handler builds the same bytes
 * on every request, and the pipeline sends them.
 */
class RichCardBenchmarkTest {

  @Test
  void everyBenchmarkWritesTheSameAnswer() throws Exception {
    RichCardBenchmark benchmark = new RichCardBenchmark();
    RichCardBenchmark.Card card = new RichCardBenchmark.Card();
    assertThat(benchmark.write(card)).isEqualTo(card.out.size());
    String written = card.out.toString(StandardCharsets.UTF_8);
    assertThat(benchmark.fetchAndWrite(card)).isEqualTo(card.out.size());
    assertThat(card.out.toString(StandardCharsets.UTF_8)).isEqualTo(written);

    RichCardBenchmark.Pipeline pipeline = new RichCardBenchmark.Pipeline();
    pipeline.setUp();
    try {
      Answer answer = benchmark.signedFetch(pipeline);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.bodyText()).isEqualTo(written);
    } finally {
      pipeline.tearDown();
    }

    // What makes the card rich is in the answer: five objects, per-object properties of every
    // type, text that needs escapes, and actions that depend on the object.
    JsonNode results = new ObjectMapper().readTree(written).get("results");
    assertThat(results).hasSize(5);
    assertThat(results.get(0).get("title").asText()).isEqualTo("Müller & Söhne GmbH — Pro");
    assertThat(results.get(0).get("note").asText()).contains("\n", "\"Finance\"");
    assertThat(results.get(3).get("title").asText()).isEqualTo("Café Olé ☕ Ltd — Starter 🚀");
    assertThat(results.get(0).get("properties").findValuesAsText("dataType"))
        .containsExactly("NUMERIC", "CURRENCY", "DATE", "DATETIME", "EMAIL", "LINK", "STATUS", "STRING");
    assertThat(results.get(2).get("actions").findValuesAsText("label"))
        .containsExactly("Open", "Cancel", "Upgrade");
    assertThat(results.get(3).get("actions").findValuesAsText("label")).containsExactly("Open");
  }
}

package dev.crmcards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each benchmark, run once, writes the same response as the generated card writer. */
class SerializationBenchmarkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, String> outputs = new LinkedHashMap<>();

  @BeforeAll
  static void runEachBenchmarkOnce() throws Exception {
    SerializationBenchmark benchmark = new SerializationBenchmark();
    benchmark.setUp();
    record(benchmark, "crmcards", benchmark.crmcards());
    record(benchmark, "jacksonDatabind", benchmark.jacksonDatabind());
    record(benchmark, "dslJson", benchmark.dslJson());
    record(benchmark, "jacksonStreaming", benchmark.jacksonStreaming());
  }

  private static void record(SerializationBenchmark benchmark, String name, int size) {
    byte[] bytes = benchmark.output();
    assertThat(size).as("%s returns the number of bytes written", name).isEqualTo(bytes.length);
    outputs.put(name, new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void crmcardsWritesWhatTheCardWriterWrites() {
    SerializationBenchmark benchmark = new SerializationBenchmark();
    benchmark.setUp();
    assertThat(outputs.get("crmcards")).isEqualTo(BugTicketCrmCard.toJson(benchmark.response));
  }

  @Test
  void allFourParseToTheSameTree() throws Exception {
    JsonNode expected = JSON.readTree(outputs.get("crmcards"));
    assertThat(expected.path("results")).hasSize(2);
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      assertThat(JSON.readTree(output.getValue())).as(output.getKey()).isEqualTo(expected);
    }
  }

  /** Same keys in the same order, so that every benchmark writes the same bytes. */
  @Test
  void allFourWriteTheSameBytes() {
    String expected = outputs.get("crmcards");
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      assertThat(output.getValue()).as(output.getKey()).isEqualTo(expected);
    }
  }
}

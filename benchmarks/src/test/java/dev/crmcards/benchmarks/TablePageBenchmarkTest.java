package dev.crmcards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both writers of TablePageBenchmark write the same bytes: a 100-row page with its summary. */
class TablePageBenchmarkTest {

  @Test
  void crmcardsAndDslJsonWriteTheSameBytes() throws Exception {
    TablePageBenchmark benchmark = new TablePageBenchmark();
    benchmark.setUp();
    assertThat(benchmark.crmcards()).isEqualTo(benchmark.out.size());
    String crmcards = benchmark.out.toString(StandardCharsets.UTF_8);
    assertThat(benchmark.dslJson()).isEqualTo(benchmark.out.size());
    assertThat(benchmark.out.toString(StandardCharsets.UTF_8)).isEqualTo(crmcards);

    JsonNode page = new ObjectMapper().readTree(crmcards);
    assertThat(page.get("results")).hasSize(TablePage.PAGE_SIZE);
    assertThat(page.get("total").asLong()).isEqualTo(200);
    assertThat(page.get("summary").get("perMonth").size()).isGreaterThan(1);
    assertThat(page.get("summary").get("revenue").isTextual()).isTrue();
  }
}

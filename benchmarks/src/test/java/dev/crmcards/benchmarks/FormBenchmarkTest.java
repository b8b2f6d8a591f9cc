package dev.crmcards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.core.Answer;
import dev.crmcards.load.ReportForm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FormBenchmark's two readers agree: the same record from the benchmark's body, and the same
 * bodies refused (each breaks one rule of "Report a bug").
 */
class FormBenchmarkTest {
  private final FormBenchmark benchmark = new FormBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @AfterEach
  void tearDown() {
    benchmark.tearDown();
  }

  @Test
  void bothReadTheSameReport() throws Exception {
    Answer answer = benchmark.crmcards();
    assertThat(answer.status()).as(answer.bodyText()).isEqualTo(200);
    assertThat(benchmark.handler.last()).isNotNull().isEqualTo(benchmark.jacksonDatabind());
    assertThat(benchmark.plainHook().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"title\":\"Export drops the last row — \\\"CSV\\\" only\"=\"title\":null",
    "\"severity\":\"HIGH\"=\"severity\":\"URGENT\"",
    "\"severity\":\"HIGH\",=",
    "\"estimateHours\":6.5=\"estimateHours\":41",
    "\"estimateHours\":6.5=\"estimateHours\":\"6.5\"",
    "\"due\":\"2026-12-24\"=\"due\":\"24.12.2026\"",
    "\"tags\":[\"UI\",\"DATA_LOSS\"]=\"tags\":[\"UI\",\"GAMES\"]",
    "\"build\":\"1.4.2\"=\"build\":\"1.4\"",
    "\"affectedUsers\":120=\"affectedUsers\":0",
    "\"cost\":1250.50=\"cost\":-1",
    "\"blocking\":true=\"blocking\":null",
  })
  void bothRefuse(String change) {
    String[] fromTo = change.split("=", 2);
    String json = ReportForm.JSON.replace(fromTo[0], fromTo[1]);
    assertThat(json).isNotEqualTo(ReportForm.JSON);
    byte[] body = json.getBytes(StandardCharsets.UTF_8);

    Answer answer = submit(benchmark, body);
    assertThat(answer.status()).as(json).isEqualTo(400);
    assertThatThrownBy(() -> benchmark.jackson.read(body)).as(json)
        .isInstanceOf(JacksonBugReport.Invalid.class);
  }

  @Test
  void bothRefuseATitleTooLong() {
    byte[] body = ReportForm.JSON.replace("Export drops", "x".repeat(121))
        .getBytes(StandardCharsets.UTF_8);
    assertThat(submit(benchmark, body).status()).isEqualTo(400);
    assertThatThrownBy(() -> benchmark.jackson.read(body))
        .isInstanceOf(JacksonBugReport.Invalid.class);
  }

  private static Answer submit(FormBenchmark benchmark, byte[] body) {
    return benchmark.pipeline.handle(
        FormBenchmark.request("POST", ReportForm.URL + FormBenchmark.QUERY, body));
  }
}

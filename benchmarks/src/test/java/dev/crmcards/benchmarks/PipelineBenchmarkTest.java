package dev.crmcards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.core.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each pipeline benchmark, run once, answers the signed fetch with the bytes the baseline writes. */
class PipelineBenchmarkTest {

  @ParameterizedTest
  @CsvSource({"v2, on", "v3, on", "v2, off", "v3, off"})
  void signedFetchAnswersWhatWriteOnlyWrites(String signature, String deadline) throws Exception {
    PipelineBenchmark benchmark = new PipelineBenchmark();
    PipelineBenchmark.Pipeline pipeline = new PipelineBenchmark.Pipeline();
    pipeline.signature = signature;
    pipeline.deadline = deadline;
    pipeline.setUp();
    try {
      Answer answer = benchmark.signedFetch(pipeline);
      assertThat(answer.status()).isEqualTo(200);

      PipelineBenchmark.Baseline baseline = new PipelineBenchmark.Baseline();
      int size = benchmark.writeOnly(baseline);
      assertThat(answer.bodyText())
          .isEqualTo(new String(baseline.out.toByteArray(), 0, size, StandardCharsets.UTF_8));
    } finally {
      pipeline.tearDown();
    }
  }
}

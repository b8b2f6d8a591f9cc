package dev.crmcards.core;

import static dev.crmcards.core.CardPipelineTest.QUERY;
import static dev.crmcards.core.CardPipelineTest.SECRET;
import static dev.crmcards.core.CardPipelineTest.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.json.JsonOutput;
import dev.crmcards.servlet.CardSettings;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A data fetch's JSON is written straight into the JSON writer of the thread that runs the
 * handler, and the answer points into it: no copy on the common path, a copy where another thread
 * sends the answer, nothing left over from one request in the next.
 */
class FetchBodyTest {
  static final String ORIGIN = "https://www.example.com";
  static final byte[] SMALL = JsonOutput.utf8("{\"n\":1}");
  /** What the thread's writer keeps at most between requests (JsonOutput's limit). */
  static final int RETAINED = 1024 * 1024;

  static CardRoutes routes() {
    return CardRoutes.builder("bodies")
        .fetch(ORIGIN + "/small", request -> json -> json.raw(SMALL))
        .fetch(ORIGIN + "/other", request -> json -> json.raw(JsonOutput.utf8("{\"other\":22}")))
        .fetch(ORIGIN + "/half", request -> json -> {
          json.raw(JsonOutput.utf8("{\"results\":[\"half"));
          throw new IllegalStateException("failed half-way through the body");
        })
        .fetch(ORIGIN + "/huge", request -> json -> json.string("x".repeat(2 * RETAINED)))
        .build();
  }

  static RawRequest fetch(String path) {
    return signed("GET", ORIGIN + path + "?" + QUERY, new byte[0]);
  }

  /** Handlers on the calling thread, for as long as they take. */
  static CardPipeline onTheCallingThread() {
    return CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).handlerTimeout(Duration.ZERO).build(),
        routes());
  }

  @Test
  void theAnswerPointsIntoTheThreadsWriter() {
    try (CardPipeline cards = onTheCallingThread()) {
      Answer answer = cards.handle(fetch("/small"));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.bodyText()).isEqualTo("{\"n\":1}");
      assertThat(answer.bodyArray()).isSameAs(JsonOutput.forThisThread().array());
    }
  }

  @Test
  void aBodyThatFailsHalfWayLeavesNothingInTheNextAnswer() {
    try (CardPipeline cards = onTheCallingThread()) {
      Answer failed = cards.handle(fetch("/half"));
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.bodyText()).isEqualTo("{\"message\":\"internal error\"}");

      Answer next = cards.handle(fetch("/small"));
      assertThat(next.status()).isEqualTo(200);
      assertThat(next.bodyText()).isEqualTo("{\"n\":1}");
    }
  }

  @Test
  void aHugeAnswerDoesNotStayWithTheThread() {
    try (CardPipeline cards = onTheCallingThread()) {
      Answer huge = cards.handle(fetch("/huge"));
      assertThat(huge.bodyLength()).isGreaterThan(2 * RETAINED);

      Answer small = cards.handle(fetch("/small"));
      assertThat(small.bodyText()).isEqualTo("{\"n\":1}");
      assertThat(small.bodyArray().length).isLessThanOrEqualTo(RETAINED);
    }
  }

  @Test
  void anAnswerSentFromAnotherThreadIsACopy() {
    // New routes run on the executor, the calling thread waiting for their answers: one handler
    // thread, so both bodies are written into the same writer, one after the other.
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try (CardPipeline cards = CardPipeline.create(
        CardSettings.builder().clientSecret(SECRET).handlerExecutor(oneThread).build(), routes())) {
      Answer first = cards.handle(fetch("/small"));
      Answer second = cards.handle(fetch("/other"));
      assertThat(first.bodyText()).isEqualTo("{\"n\":1}");
      assertThat(second.bodyText()).isEqualTo("{\"other\":22}");
      assertThat(first.bodyArray()).isNotSameAs(second.bodyArray());
    } finally {
      oneThread.shutdownNow();
    }
  }
}

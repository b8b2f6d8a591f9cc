package dev.crmcards.benchmarks;

import dev.crmcards.CardResponse;
import dev.crmcards.core.Answer;
import dev.crmcards.core.CardPipeline;
import dev.crmcards.core.RawRequest;
import dev.crmcards.examples.bugtracker.BugTicket;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What crmcards costs per data fetch, without a server: the guide's request (the bug-tracker card,
 * 2.5 KB answer) through the whole core pipeline, signed v2 or v3, with the handler deadline on
 * (the default) or off; beside it, the baseline every server pays anyway: writing the same answer
 * ({@link #writeOnly}). The difference is what verification, routing, parsing and the deadline
 * add; {@code load/run.sh} shows what that means for a real server's requests per second.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PipelineBenchmark {

  /** The card's pipeline and one signed request for it. */
  @State(Scope.Benchmark)
  public static class Pipeline {
    /** {@code v2}: a static signature; {@code v3}: HMAC with a timestamp (fixed here). */
    @Param({"v2", "v3"})
    public String signature;

    /** {@code on}: the default four-second deadline; {@code off}: {@code handlerTimeout(0)}. */
    @Param({"on", "off"})
    public String deadline;

    CardPipeline pipeline;
    RawRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      CardSettings.Builder settings = GuideFetch.settings();
      if (deadline.equals("off")) {
        settings.handlerTimeout(Duration.ZERO);
      }
      pipeline = GuideFetch.pipeline(settings);
      request =
          GuideFetch.signedRequest(
              pipeline, signature.equals("v3") ? SignatureVersion.V3 : SignatureVersion.V2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipeline.close();
    }
  }

  /** The answer alone: the tickets written as the card's JSON into a reused buffer. */
  @State(Scope.Thread)
  public static class Baseline {
    final CardResponse<BugTicket> response = CardResponse.of(TicketStore.withGuideTickets().all());
    final ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
  }

  /** A signed fetch through verification, routing, parsing, the handler and the writer. */
  @Benchmark
  public Answer signedFetch(Pipeline state) {
    return state.pipeline.handle(state.request);
  }

  /** What any server answering with these bytes pays: writing them. */
  @Benchmark
  public int writeOnly(Baseline state) throws IOException {
    state.out.reset();
    BugTicketCrmCard.writeJson(state.response, state.out);
    return state.out.size();
  }
}

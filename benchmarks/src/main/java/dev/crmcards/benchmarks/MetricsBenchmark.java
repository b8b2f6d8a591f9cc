package dev.crmcards.benchmarks;

import dev.crmcards.core.Answer;
import dev.crmcards.core.CardPipeline;
import dev.crmcards.core.RawRequest;
import dev.crmcards.core.RequestObserver;
import dev.crmcards.core.RequestOutcome;
import dev.crmcards.micrometer.MicrometerCardObserver;
import dev.crmcards.signature.SignatureVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What Micrometer metrics cost per request: the guide's signed data fetch (v2, the bug-tracker
 * card, 2.5 KB answer) through the whole core pipeline, with no observer and with {@link
 * MicrometerCardObserver} on a {@link SimpleMeterRegistry}; and the observer's call alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetricsBenchmark {
  /** The card's pipeline and one signed request for it. */
  @State(Scope.Benchmark)
  public static class Pipeline {
    /** {@code none}: {@link RequestObserver#NONE}; {@code micrometer}: the Micrometer observer. */
    @Param({"none", "micrometer"})
    public String observer;

    CardPipeline pipeline;
    RawRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      pipeline =
          GuideFetch.pipeline(
              GuideFetch.settings()
                  .handlerTimeout(Duration.ZERO) // on the calling thread: nothing but the pipeline
                  .observer(
                      observer.equals("micrometer")
                          ? new MicrometerCardObserver(new SimpleMeterRegistry())
                          : RequestObserver.NONE));
      request = GuideFetch.signedRequest(pipeline, SignatureVersion.V2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipeline.close();
    }
  }

  /** The observer alone, on its registry. */
  @State(Scope.Benchmark)
  public static class Observer {
    final MicrometerCardObserver micrometer = new MicrometerCardObserver(new SimpleMeterRegistry());
  }

  /** A signed fetch through verification, routing, parsing, the handler and the writer. */
  @Benchmark
  public Answer signedFetch(Pipeline state) {
    return state.pipeline.handle(state.request);
  }

  /** The observer's own call, as the pipeline makes it once per request. */
  @Benchmark
  public MicrometerCardObserver observerCall(Observer state) {
    state.micrometer.requestHandled("bug-tracker", "GET /demo-fetch", RequestOutcome.SUCCESS, 12_000);
    return state.micrometer;
  }
}

package dev.crmcards.benchmarks;

import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.core.Answer;
import dev.crmcards.core.CardPipeline;
import dev.crmcards.core.RawRequest;
import dev.crmcards.load.rich.Subscription;
import dev.crmcards.load.rich.SubscriptionCrmCard;
import dev.crmcards.load.rich.SubscriptionHandler;
import dev.crmcards.signature.SignatureVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rich card of {@code load/run.sh} ({@link Subscription}: every data type, per-object
 * properties, accented and escaped text, conditional actions; an 8.3 KB answer), in process:
 *
 * <ul>
 *   <li>{@link #write}: the generated writer alone, on an answer built once; it must allocate
 *       nothing ({@code -prof gc}: 0 B/op);
 *   <li>{@link #fetchAndWrite}: what the card does per request, the handler building its answer
 *       anew and the writer writing it;
 *   <li>{@link #signedFetch}: the same behind the core's pipeline (a v2-signed request, the
 *       default deadline), as the server runs it.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RichCardBenchmark {
  static final String URL =
      "https://www.example.com/subscriptions?userId=12345&userEmail=loggedinuser@hubspot.com"
          + "&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654"
          + "&firstname=Tim&email=timrobinson@itysl.com&lastname=Robinson";

  /** The handler, an answer it built, the request it answers and a reused sink. */
  @State(Scope.Thread)
  public static class Card {
    final SubscriptionHandler handler = new SubscriptionHandler();
    final FetchRequest request = FetchRequest.parse(URL.substring(URL.indexOf('?') + 1));
    final CardResponse<Subscription> response = handler.fetch(request);
    final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
  }

  /** The rich card's pipeline and one v2-signed request for it. */
  @State(Scope.Benchmark)
  public static class Pipeline {
    CardPipeline pipeline;
    RawRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      pipeline =
          CardPipeline.create(
              GuideFetch.settings().build(),
              SubscriptionCrmCard.routes(new SubscriptionHandler()));
      request = GuideFetch.signedRequest(pipeline, URL, SignatureVersion.V2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipeline.close();
    }
  }

  /** The generated writer alone. */
  @Benchmark
  public int write(Card card) throws IOException {
    card.out.reset();
    SubscriptionCrmCard.writeJson(card.response, card.out);
    return card.out.size();
  }

  /** The handler building its answer, then the writer writing it. */
  @Benchmark
  public int fetchAndWrite(Card card) throws IOException {
    card.out.reset();
    SubscriptionCrmCard.writeJson(card.handler.fetch(card.request), card.out);
    return card.out.size();
  }

  /** A signed fetch through verification, routing, parsing, the handler and the writer. */
  @Benchmark
  public Answer signedFetch(Pipeline state) {
    return state.pipeline.handle(state.request);
  }
}

package dev.crmcards.benchmarks;

import dev.crmcards.core.Answer;
import dev.crmcards.core.CardPipeline;
import dev.crmcards.core.RawRequest;
import dev.crmcards.examples.bugtracker.BugReport;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.load.ReportForm;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The example's largest form, the bug tracker's "Report a bug" (ten inputs of every kind), read
 * and checked:
 *
 * <ul>
 *   <li>{@link #crmcards}: the signed form submitted through the card's pipeline (v2 signature,
 *       routing, the generated reader, the handler, the answer); its reader is private to the
 *       generated class, so it is measured in place;
 *   <li>{@link #plainHook}: the same pipeline answering a hook with an empty body, no form: the
 *       difference to {@link #crmcards} is what reading and checking the form costs;
 *   <li>{@link #jacksonDatabind}: Jackson databind reading the same body into the same record,
 *       the same rules checked by hand ({@link JacksonBugReport}).
 * </ul>
 *
 * {@code FormBenchmarkTest} checks that both accept and refuse the same bodies.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FormBenchmark {
  static final String QUERY =
      "?userId=12345&userEmail=loggedinuser@hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654";

  final ReportForm.Handler handler = new ReportForm.Handler();
  final JacksonBugReport jackson = new JacksonBugReport();
  CardPipeline pipeline;
  RawRequest form;
  RawRequest hook;

  @Setup
  public void setUp() {
    pipeline =
        CardPipeline.create(
            GuideFetch.settings().handlerTimeout(Duration.ZERO).build(),
            BugTicketCrmCard.routes(handler));
    form = request("POST", ReportForm.URL + QUERY, ReportForm.BODY);
    hook = request("PUT", "https://example.com/tickets/7/resolve" + QUERY,
        "{}".getBytes(StandardCharsets.UTF_8));
  }

  @TearDown
  public void tearDown() {
    pipeline.close();
  }

  /** A v2-signed JSON request. */
  static RawRequest request(String method, String url, byte[] body) {
    Map<String, String> headers = new HashMap<>(SignatureVerifier.signedHeaders(
        GuideFetch.SECRET, method, url, body, System.currentTimeMillis(), SignatureVersion.V2));
    headers.put("Content-Type", "application/json");
    return RawRequest.of(method, url, headers, body);
  }

  @Benchmark
  public Answer crmcards() {
    return pipeline.handle(form);
  }

  @Benchmark
  public Answer plainHook() {
    return pipeline.handle(hook);
  }

  @Benchmark
  public BugReport jacksonDatabind() throws JacksonBugReport.Invalid {
    return jackson.read(ReportForm.BODY);
  }
}

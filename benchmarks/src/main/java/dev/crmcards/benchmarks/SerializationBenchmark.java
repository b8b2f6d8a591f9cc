package dev.crmcards.benchmarks;

import com.dslplatform.json.JsonWriter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crmcards.CardResponse;
import dev.crmcards.benchmarks.dto.ResponseDto;
import dev.crmcards.examples.bugtracker.BugTicket;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.TicketStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the data-fetch response of HubSpot's CRM cards guide (tickets 245 and 988 with their
 * actions, 2,497 bytes of JSON) four ways, each into the same reused {@link
 * ByteArrayOutputStream}:
 *
 * <ul>
 *   <li>{@link #crmcards}: the generated {@code BugTicketCrmCard.writeJson}, from the tickets;
 *   <li>{@link #jacksonDatabind}: a reused Jackson {@link ObjectWriter} on annotated data classes;
 *   <li>{@link #dslJson}: dsl-json's compile-time converter for the same data classes, through one
 *       reused {@link JsonWriter};
 *   <li>{@link #jacksonStreaming}: hand-written {@code JsonGenerator} code from the tickets.
 * </ul>
 *
 * The data classes are built from the tickets once in {@link #setUp()}: the two data-binding
 * benchmarks measure serialization only, not the mapping an application would also do per request.
 * Each benchmark returns the number of bytes written.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SerializationBenchmark {

  CardResponse<BugTicket> response;
  ResponseDto dto;
  final ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);

  private ObjectWriter jacksonWriter;
  private DslJsonWrite<ResponseDto> dslJson;
  private JacksonStreamingWriter streamingWriter;

  @Setup
  public void setUp() {
    response = CardResponse.of(TicketStore.withGuideTickets().all());
    dto = GuideDtos.from(response);

    jacksonWriter =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build()
            .writerFor(ResponseDto.class);

    // dsl-json's default buffer is 512 bytes, which would flush to the stream five times per
    // response; the same 8 KiB as JsonOutput's per-thread buffer (Jackson's is 8000 bytes)
    // flushes once.
    dslJson = new DslJsonWrite<>(ResponseDto.class, 8 * 1024);

    streamingWriter = new JacksonStreamingWriter(new JsonFactory());
  }

  @Benchmark
  public int crmcards() throws IOException {
    out.reset();
    BugTicketCrmCard.writeJson(response, out);
    return out.size();
  }

  @Benchmark
  public int jacksonDatabind() throws IOException {
    out.reset();
    jacksonWriter.writeValue(out, dto);
    return out.size();
  }

  @Benchmark
  public int dslJson() {
    return dslJson.write(dto, out);
  }

  @Benchmark
  public int jacksonStreaming() throws IOException {
    out.reset();
    streamingWriter.write(response, out);
    return out.size();
  }

  /** The bytes the last benchmark call wrote. */
  byte[] output() {
    return out.toByteArray();
  }
}

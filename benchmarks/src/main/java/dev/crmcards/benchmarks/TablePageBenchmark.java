package dev.crmcards.benchmarks;

import dev.crmcards.benchmarks.table.TablePageDto;
import dev.crmcards.examples.orders.OrderCrmCard;
import dev.crmcards.json.JsonOutput;
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
 * A TABLE page at its largest: the example orders card's first page of 100 rows with its total
 * and summary (statistics and a chart of eleven bars), about 40 KB, written two ways into one
 * reused stream:
 *
 * <ul>
 *   <li>{@link #crmcards}: the generated writer, straight from the handler's {@code Order}
 *       records and {@code OrderSummary}; it must allocate nothing ({@code -prof gc}: 0 B/op);
 *   <li>{@link #dslJson}: dsl-json's compile-time converters for data classes holding the same
 *       page ({@link DslJsonWrite}).
 * </ul>
 *
 * Both write the same bytes ({@code TablePageBenchmarkTest}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TablePageBenchmark {
  private static final int BUFFER = 64 * 1024;

  final ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER);
  TablePage page;
  private TablePageDto dto;
  private DslJsonWrite<TablePageDto> dslJson;

  @Setup
  public void setUp() throws Exception {
    page = new TablePage();
    dto = page.dto();
    dslJson = new DslJsonWrite<>(TablePageDto.class, BUFFER);
  }

  @Benchmark
  public int crmcards() throws IOException {
    out.reset();
    JsonOutput json = JsonOutput.forThisThread();
    OrderCrmCard.write(page.response, page.summary, TablePage.PAGE_SIZE, json);
    json.writeTo(out);
    return out.size();
  }

  @Benchmark
  public int dslJson() {
    return dslJson.write(dto, out);
  }
}

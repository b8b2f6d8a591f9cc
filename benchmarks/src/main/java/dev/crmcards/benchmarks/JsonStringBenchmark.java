package dev.crmcards.benchmarks;

import dev.crmcards.json.JsonOutput;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link JsonOutput#string(String)} alone, where {@link SerializationBenchmark} spends most of its
 * time: for comparing changes to the string encoder side by side. The values are the kinds card
 * properties hold: a short and a long ASCII text without escapes (the common case), ASCII with a
 * quote near its end, and text with accents throughout.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonStringBenchmark {

  @Param({"short", "long", "quoteAtEnd", "accented"})
  String kind;

  String value;

  final JsonOutput json = new JsonOutput(8 * 1024);

  @Setup
  public void setUp() {
    String description =
        "Customer reported that the APIs are just running too fast. This is causing a problem in"
            + " that they're so happy.";
    value =
        switch (kind) {
          case "short" -> "In Progress";
          case "long" -> description;
          case "quoteAtEnd" -> description + " \"Too fast\"";
          case "accented" -> "Événement à Zürich: réunion déplacée, café et crème brûlée";
          default -> throw new IllegalArgumentException(kind);
        };
  }

  @Benchmark
  public int string() {
    json.reset();
    json.string(value);
    return json.size();
  }
}

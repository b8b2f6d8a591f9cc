package dev.crmcards.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the Markdown table of {@code docs/performance.md} from two JMH result files ({@code -rf
 * json}): throughput from a plain run, bytes per operation from a {@code -prof gc} run.
 *
 * <pre>{@code java -cp benchmarks.jar dev.crmcards.benchmarks.ResultsTable plain.json gc.json}</pre>
 */
public final class ResultsTable {
  private static final String CRMCARDS = "crmcards";
  private static final String DATABIND = "jacksonDatabind";
  private static final String DSL_JSON = "dslJson";

  private ResultsTable() {}

  /** A benchmark's throughput with its error, and its allocation. */
  record Row(double opsPerSecond, double error, double bytesPerOp) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ResultsTable <plain-run.json> <gc-run.json>");
      System.exit(2);
    }
    System.out.print(table(read(new File(args[0]), new File(args[1]))));
  }

  static Map<String, Row> read(File plain, File gc) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Double> bytes = new LinkedHashMap<>();
    for (JsonNode result : json.readTree(gc)) {
      JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      bytes.put(method(result), norm.path("score").asDouble(Double.NaN));
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode result : json.readTree(plain)) {
      JsonNode primary = result.path("primaryMetric");
      String name = method(result);
      rows.put(
          name,
          new Row(
              primary.path("score").asDouble(),
              primary.path("scoreError").asDouble(Double.NaN),
              bytes.getOrDefault(name, Double.NaN)));
    }
    return rows;
  }

  private static String method(JsonNode result) {
    String benchmark = result.path("benchmark").asText();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  static String table(Map<String, Row> rows) {
    Row databind = rows.get(DATABIND);
    Row dslJson = rows.get(DSL_JSON);
    StringBuilder sb = new StringBuilder();
    sb.append("| benchmark | ops/s | ± error (99.9%) | B/op | vs jacksonDatabind | vs dslJson |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    for (String name : new String[] {CRMCARDS, DSL_JSON, "jacksonStreaming", DATABIND}) {
      Row row = rows.get(name);
      if (row == null) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %,.0f | %.1f | %s | %s |%n",
              name,
              row.opsPerSecond(),
              row.error(),
              row.bytesPerOp(),
              ratio(row, databind),
              ratio(row, dslJson)));
    }
    return sb.toString();
  }

  private static String ratio(Row row, Row base) {
    return base == null ? "" : String.format(Locale.ROOT, "%.2f×", row.opsPerSecond() / base.opsPerSecond());
  }
}

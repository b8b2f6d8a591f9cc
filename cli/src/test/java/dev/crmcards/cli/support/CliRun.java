package dev.crmcards.cli.support;

import dev.crmcards.cli.CrmCardsCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the command line in-process and captures what it printed. Waits between attempts to reach
 * HubSpot's API are recorded in {@link #waits()} instead of slept.
 */
public record CliRun(int exitCode, String out, String err, List<Duration> waits) {

  public static CliRun run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<Duration> waits = new CopyOnWriteArrayList<>();
    int code =
        CrmCardsCli.execute(
            args, environment, new PrintWriter(out), new PrintWriter(err), Clock.systemUTC(), waits::add);
    return new CliRun(code, out.toString(), err.toString(), List.copyOf(waits));
  }

  public static CliRun run(String... args) {
    return run(Map.of(), args);
  }

  public List<String> outLines() {
    return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}

package dev.crmcards.cli.support;

import dev.crmcards.cli.CrmCardsCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process and captures what it printed. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrmCardsCli.execute(args, environment, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
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

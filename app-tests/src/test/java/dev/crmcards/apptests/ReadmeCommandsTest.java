package dev.crmcards.apptests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's shell commands, run as written from a folder that has the repository's {@code cli}
 * and {@code examples} (the build's jars), against the example server started as the README
 * starts it: {@code java -jar examples/target/crmcards-examples.jar}, with the exported client
 * secret and no {@code PUBLIC_BASE_URL}. The one change is the ports: the server and the preview
 * listen on free ones instead of 8080 and 8090, so that the build runs beside whatever uses those.
 *
 * <p>Every {@code crmcards-cli.jar} command must succeed, {@code check} printing no problem and the
 * preview reporting none for the data fetch and a hook. Commands this test cannot run (the build
 * itself, HubSpot's tools and API, which need an account) are named in {@link #NOT_RUN} with the
 * reason; any other command fails the test, so the README cannot grow one that nothing runs.
 */
class ReadmeCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLI = "java -jar cli/target/crmcards-cli.jar";
  private static final Pattern SERVER = Pattern.compile("java -jar examples/target/crmcards-examples\\.jar");
  private static final Pattern EXPORT = Pattern.compile("^export (\\w+)=(\\S+)");

  /** What is not run, and why; the first pattern a command matches decides. */
  private static final Map<Pattern, String> NOT_RUN = new LinkedHashMap<>();

  static {
    NOT_RUN.put(Pattern.compile("^mvn "), "the build itself, which runs this test");
    NOT_RUN.put(Pattern.compile("^" + Pattern.quote(CLI) + " (deploy|migrate-views)\\b"),
        "calls HubSpot's API with a developer account's credentials (tested against a stand-in in the cli module)");
    NOT_RUN.put(Pattern.compile("\\bhs project (upload|dev)\\b|\\bnpm install\\b"),
        "HubSpot's CLI and the npm registry, with a HubSpot account (app-tests installs the project's packages)");
    NOT_RUN.put(Pattern.compile("^curl .*https://api\\.hubapi\\.com/"), "HubSpot's API with an account's token");
    NOT_RUN.put(Pattern.compile("install-chromium\\.sh"), "installs a Debian package on the machine");
    NOT_RUN.put(Pattern.compile("java -jar examples/spring-boot/target/"),
        "the Spring Boot example, tested over HTTP in its own module");
    NOT_RUN.put(Pattern.compile("^export \\w+=\\.\\.\\."), "a credential to fill in");
    NOT_RUN.put(Pattern.compile("^kill %1$"), "stops the walk-through's server, which this test starts and stops itself");
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** What the example server printed before it served. */
  private List<String> banner = List.of();

  /** A command of a {@code sh} block, continuation lines joined, with the line it starts on. */
  record Command(int line, String text) {
    @Override
    public String toString() {
      return "README.md:" + line + ": " + text;
    }
  }

  static List<Command> commands(List<String> readme) {
    List<Command> commands = new ArrayList<>();
    boolean inShell = false;
    StringBuilder pending = null;
    int start = 0;
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i).strip();
      if (!inShell) {
        inShell = line.equals("```sh");
        continue;
      }
      if (line.equals("```")) {
        inShell = false;
        continue;
      }
      if (pending == null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        pending = new StringBuilder();
        start = i + 1;
      }
      boolean continued = line.endsWith("\\");
      pending.append(continued ? line.substring(0, line.length() - 1).strip() + " " : line);
      if (!continued) {
        commands.add(new Command(start, pending.toString()));
        pending = null;
      }
    }
    return commands;
  }

  @Test
  void everyCommandOfTheReadmeRunsAsWritten() throws Exception {
    List<Command> commands = commands(Files.readAllLines(NodeTools.REPOSITORY.resolve("README.md"), UTF_8));
    Path folder = scratchFolder();
    Map<String, String> environment = new HashMap<>();
    int serverPort = freePort();
    int previewPort = freePort();
    Process server = null;
    List<String> ran = new ArrayList<>();
    try {
      for (Command command : commands) {
        String text = command.text();
        Matcher export = EXPORT.matcher(text);
        String excused = excuse(text);
        if (excused != null) {
          continue;
        }
        if (export.find()) {
          environment.put(export.group(1), export.group(2));
        } else if (SERVER.matcher(text).find()) {
          if (server == null) {
            server = startServer(folder, environment, serverPort, command);
            // What the banner says to run next must run too.
            run(folder, environment, nextCommand(banner, command), command);
          }
        } else if (text.startsWith(CLI + " ")) {
          String asRun = text.replace(":8080", ":" + serverPort).replace("--port 8090", "--port " + previewPort);
          if (server == null && text.contains(":8080")) {
            fail(command + ": calls the example server before the README starts it");
          }
          if (asRun.startsWith(CLI + " preview ")) {
            preview(folder, environment, asRun, previewPort, command);
          } else {
            run(folder, environment, asRun, command);
          }
          ran.add(text);
        } else {
          fail(command + ": neither run by this test nor named in NOT_RUN with a reason");
        }
      }
    } finally {
      if (server != null) {
        stop(server);
      }
    }
    assertThat(ran).as("the README's commands that ran")
        .anyMatch(c -> c.startsWith(CLI + " check "))
        .anyMatch(c -> c.startsWith(CLI + " preview "))
        .anyMatch(c -> c.startsWith(CLI + " app ") && c.contains("--local-url"))
        .anyMatch(c -> c.startsWith(CLI + " migrate "));
    assertThat(folder.resolve("target/hubspot-app/hsproject.json")).exists();
  }

  private static String excuse(String command) {
    for (Map.Entry<Pattern, String> rule : NOT_RUN.entrySet()) {
      if (rule.getKey().matcher(command).find()) {
        return rule.getValue();
      }
    }
    return null;
  }

  /** A folder with the repository's cli and examples (their built jars), where the commands run. */
  private static Path scratchFolder() throws IOException {
    Path folder = NodeTools.BUILD.resolve("readme-commands");
    NodeTools.deleteTree(folder);
    Files.createDirectories(folder);
    for (String module : List.of("cli", "examples")) {
      Files.createSymbolicLink(folder.resolve(module), NodeTools.REPOSITORY.resolve(module));
    }
    return folder;
  }

  /** The environment the commands see: the README's exports, and the build's JDK first on the PATH. */
  private static Map<String, String> environment(Map<String, String> exported) {
    Map<String, String> environment = new HashMap<>(exported);
    environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    return environment;
  }

  private static ProcessBuilder shell(Path folder, Map<String, String> exported, String command) {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(folder.toFile());
    builder.environment().remove("PUBLIC_BASE_URL");
    builder.environment().putAll(environment(exported));
    return builder.redirectErrorStream(true);
  }

  private Process startServer(Path folder, Map<String, String> exported, int port, Command command)
      throws Exception {
    Map<String, String> withPort = new HashMap<>(exported);
    withPort.put("PORT", Integer.toString(port));
    Process process = shell(folder, withPort, "exec java -jar examples/target/crmcards-examples.jar").start();
    banner = waitForLine(process, "Stop with Ctrl+C", command);
    return process;
  }

  /** The command the server's banner gives after "Next,", its continued lines joined. */
  private static String nextCommand(List<String> banner, Command source) {
    int next = 0;
    while (next < banner.size() && !banner.get(next).startsWith("Next,")) {
      next++;
    }
    StringBuilder command = new StringBuilder();
    for (int i = next + 2; i < banner.size() && banner.get(i).startsWith("  "); i++) {
      command.append(banner.get(i).strip().replaceAll("\\\\$", "")).append(' ');
    }
    if (command.length() == 0) {
      fail(source + ": the banner names no command to run next:\n" + String.join("\n", banner));
    }
    return command.toString().strip();
  }

  private static void run(Path folder, Map<String, String> exported, String command, Command source) {
    Map<String, String> environment = environment(exported);
    environment.put("PUBLIC_BASE_URL", "");
    NodeTools.Run run = NodeTools.run(folder, environment, 120, "bash", "-c", command);
    assertThat(run.exitCode()).as(source + "\n" + run.output()).isZero();
    if (command.startsWith(CLI + " check ") && command.contains(" --url ")) {
      assertThat(run.output()).as(source.toString()).contains("-> HTTP 200 in ").contains(": no problems");
    }
  }

  /** Starts the preview, then plays the page: the data fetch and a hook, with no problem reported. */
  private void preview(Path folder, Map<String, String> environment, String command, int port, Command source)
      throws Exception {
    Process process = shell(folder, environment, command).start();
    try {
      waitForLine(process, "Previewing ", source);
      URI page = URI.create("http://127.0.0.1:" + port + "/");
      JsonNode fetch = get(page.resolve("/api/fetch"));
      assertThat(fetch.path("status").asInt()).as(source + "\n" + fetch).isEqualTo(200);
      assertThat(failing(fetch)).as(source + "\n" + fetch).isEmpty();
      JsonNode hook = null;
      for (JsonNode result : fetch.path("body").path("results")) {
        for (JsonNode action : result.path("actions")) {
          if (action.path("type").asText().equals("ACTION_HOOK")) {
            hook = action;
          }
        }
      }
      assertThat(hook).as("an ACTION_HOOK in the example's answer").isNotNull();
      HttpResponse<String> answer = http.send(
          HttpRequest.newBuilder(page.resolve("/api/action"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(hook)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode action = JSON.readTree(answer.body());
      assertThat(action.path("ok").asBoolean()).as(source + "\n" + action).isTrue();
      assertThat(failing(action)).as(source + "\n" + action).isEmpty();
    } finally {
      stop(process);
    }
  }

  private JsonNode get(URI uri) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The problems the page shows as errors or warnings. */
  private static List<String> failing(JsonNode body) {
    List<String> problems = new ArrayList<>();
    for (JsonNode problem : body.path("problems")) {
      if (!problem.path("severity").asText().equals("note")) {
        problems.add(problem.path("line").asText());
      }
    }
    return problems;
  }

  /** Waits for a line holding {@code wanted}; returns the lines up to it. */
  private static List<String> waitForLine(Process process, String wanted, Command source) throws InterruptedException {
    BlockingQueue<String> lines = drain(process);
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        seen.add(line);
        if (line.contains(wanted)) {
          return seen;
        }
      } else if (!process.isAlive()) {
        break;
      }
    }
    stop(process);
    return fail(source + ": no \"" + wanted + "\" within 60 s:\n" + String.join("\n", seen));
  }

  /** The process's output, line by line, read on a thread of its own. */
  private static BlockingQueue<String> drain(Process process) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("(output lost: " + e + ")");
      }
    }, "readme-command-output");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

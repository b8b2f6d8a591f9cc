package dev.crmcards.cli.browser;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium with a fresh profile, driven over the DevTools protocol. Its
 * standard error is drained continuously; the last lines go into failure messages.
 */
final class Chromium implements AutoCloseable {
  /** The browser the test uses; {@code CHROMIUM} in the environment overrides it. */
  static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final URI browserSocket;
  private final Deque<String> lastLines;

  private Chromium(Process process, Path profile, URI browserSocket, Deque<String> lastLines) {
    this.process = process;
    this.profile = profile;
    this.browserSocket = browserSocket;
    this.lastLines = lastLines;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  static Chromium launch(int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("crmcards-chromium");
    List<String> command =
        List.of(
            BINARY.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile,
            "--remote-debugging-port=0",
            "--lang=en-US",
            "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "about:blank");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LANG", "en_US.UTF-8");
    builder.environment().put("TZ", "UTC");
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<URI> socket = new CompletableFuture<>();
    Deque<String> early = new ArrayDeque<>();
    Thread drain =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(new InputStreamReader(process.getErrorStream(), UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                  synchronized (early) {
                    early.add(line);
                    if (early.size() > 40) {
                      early.removeFirst();
                    }
                  }
                  Matcher matcher = LISTENING.matcher(line);
                  if (matcher.find()) {
                    socket.complete(URI.create(matcher.group(1)));
                  }
                }
              } catch (IOException e) {
                // The browser is gone.
              }
              socket.completeExceptionally(new IllegalStateException("chromium exited: " + early));
            },
            "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    try {
      return new Chromium(process, profile, socket.get(20, TimeUnit.SECONDS), early);
    } catch (Exception e) {
      process.destroyForcibly();
      deleteRecursively(profile);
      throw new IllegalStateException("chromium did not start: " + early, e);
    }
  }

  /** The browser's last lines of standard error, for failure messages. */
  String log() {
    synchronized (lastLines) {
      return String.join("\n", lastLines);
    }
  }

  /** A connection to the first page. */
  Cdp openPage() throws Exception {
    URI list = URI.create("http://" + browserSocket.getAuthority() + "/json/list");
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode target : Json.MAPPER.readTree(response.body())) {
      if (target.path("type").asText().equals("page")) {
        return Cdp.connect(URI.create(target.path("webSocketDebuggerUrl").asText()));
      }
    }
    throw new IllegalStateException("no page target in " + response.body());
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteRecursively(profile);
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // Best effort: it is a temporary directory.
    }
  }
}

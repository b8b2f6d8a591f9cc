package dev.crmcards.redis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} on a free loopback port with its own temporary directory, nothing
 * persisted. Without {@code redis-server} the calling test is skipped, except with {@code CI=true},
 * where it fails: CI installs it.
 */
final class RedisServer implements AutoCloseable {

  private final Path executable;
  private final Path directory;
  private final int port;
  private Process process;

  private RedisServer(Path executable, Path directory, int port) {
    this.executable = executable;
    this.directory = directory;
    this.port = port;
  }

  /** Starts a server, or skips the test if there is none to start (outside CI). */
  static RedisServer start() throws IOException {
    Path executable = find();
    if (executable == null) {
      String why = "redis-server is not installed (apt-get install redis-server)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(why + "; .ci/run installs it");
      }
      assumeTrue(false, why + ": skipping the tests against a real Redis");
    }
    RedisServer server =
        new RedisServer(executable, Files.createTempDirectory("crmcards-redis"), freePort());
    server.restart();
    return server;
  }

  /** {@code redis-server} on the PATH, where {@code .ci/apt-install.sh} looks for it too. */
  private static Path find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Paths.get(directory, "redis-server");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** {@code redis://127.0.0.1:port}. */
  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** Starts the server (again) on the same port, waiting until it answers PING. */
  void restart() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    process =
        new ProcessBuilder(
                executable.toString(),
                "--port", Integer.toString(port),
                "--bind", "127.0.0.1",
                "--dir", directory.toString(),
                "--save", "",
                "--appendonly", "no",
                "--daemonize", "no",
                "--loglevel", "warning")
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("redis.log").toFile())
            .start();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!answersPing()) {
      if (!process.isAlive() || System.nanoTime() > end) {
        throw new IllegalStateException("redis-server did not start on port " + port + ": "
            + Files.readString(directory.resolve("redis.log")));
      }
      sleep(20);
    }
  }

  /** Stops the server and waits until it has exited. */
  void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Freezes ({@code SIGSTOP}) or thaws ({@code SIGCONT}) the server: its connections stay open
   * but nothing is answered, as when Redis hangs or the network drops packets.
   */
  void freeze(boolean frozen) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", frozen ? "-STOP" : "-CONT", Long.toString(process.pid()))
            .inheritIO()
            .start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill failed for redis-server " + process.pid());
    }
  }

  /** Sends one command in Redis's inline form and returns the first line of its reply. */
  String command(String command) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }

  private boolean answersPing() {
    try {
      return command("PING").equals("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    stop();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}

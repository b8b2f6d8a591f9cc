package dev.crmcards.apptests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The machine's {@code node} and {@code npm}. Without them these tests are skipped and say why;
 * with {@code CI=true} a missing npm fails the build instead, so CI never passes by skipping.
 */
final class NodeTools {
  static final Path REPOSITORY = Path.of(System.getProperty("crmcards.repository", "..")).toAbsolutePath().normalize();
  static final Path BUILD = Path.of(System.getProperty("crmcards.build", "target")).toAbsolutePath().normalize();
  static final Path HARNESS = REPOSITORY.resolve("app-tests/src/test/node");

  private NodeTools() {}

  /** The result of one command: its exit code and everything it printed. */
  record Run(List<String> command, int exitCode, String output) {
    Run orFail() {
      if (exitCode != 0) {
        fail(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
      }
      return this;
    }
  }

  /** Skips (or, on CI, fails) the calling test when npm is not on the PATH. */
  static void requireNpm() {
    boolean present;
    try {
      present = run(REPOSITORY, Map.of(), 60, "npm", "--version").exitCode() == 0;
    } catch (IllegalStateException e) {
      present = false;
    }
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("npm is missing and CI=true: install Node.js 20 and npm (the app-card tests need them)");
    }
    String skipped = "npm is not on the PATH: skipping the app-card tests (install Node.js 20 and npm to run them)";
    if (!present) {
      // Surefire counts a class skipped in @BeforeAll as zero tests; say why where it shows.
      System.err.println("[app-tests] " + skipped);
    }
    assumeTrue(present, skipped);
  }

  /** {@code npm ci} in a package folder whose node_modules is missing or older than its lock file. */
  static void installLocked(Path packageFolder) {
    Path lock = packageFolder.resolve("package-lock.json");
    Path installed = packageFolder.resolve("node_modules/.package-lock.json");
    try {
      if (Files.exists(installed)
          && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
        return;
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    run(packageFolder, Map.of(), 600, "npm", "ci", "--no-audit", "--no-fund").orFail();
  }

  static Run run(Path directory, Map<String, String> environment, int timeoutSeconds, String... command) {
    List<String> line = new ArrayList<>(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      byte[][] output = new byte[1][];
      Thread reader = new Thread(() -> {
        try {
          output[0] = process.getInputStream().readAllBytes();
        } catch (IOException e) {
          output[0] = ("(output lost: " + e + ")").getBytes(StandardCharsets.UTF_8);
        }
      });
      reader.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        reader.join(5000);
        fail(String.join(" ", line) + " did not finish within " + timeoutSeconds + " s:\n" + text(output[0]));
      }
      reader.join();
      return new Run(line, process.exitValue(), text(output[0]));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", line) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Deletes a folder and everything in it, if it exists (symbolic links, not what they point at). */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String text(byte[] bytes) {
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }
}

package dev.crmcards.cli.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.IoFailures;
import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.definition.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Writes a generated project so that running again is safe. A manifest in the project folder
 * ({@value #MANIFEST}) lists every file written with its SHA-256; a later run overwrites a file
 * only when it still has that hash (or already holds the new bytes), removes the files it wrote
 * that are no longer part of the project, and touches nothing else. Everything is checked before
 * the first byte is written.
 */
public final class GeneratedFiles {
  public static final String MANIFEST = "crmcards-app.json";
  /** The manifest's {@code generator}: the command line and the Maven plugin write the same one. */
  static final String GENERATOR = "crmcards-cli app";

  private final Path out;
  private final SortedMap<String, byte[]> files;
  private final String outOption;
  /** What the last run's manifest lists, read once: see {@link #previousHashes()}. */
  private final Map<String, String> previous;
  /** The files {@link #stale()} found, once it has looked. */
  private Set<String> stale;

  /** What a run did, for the user. */
  public record Outcome(List<String> written, List<String> unchanged, List<String> removed) {}

  /** @param outOption how the user names {@code out}, for messages ({@code --out}) */
  public GeneratedFiles(Path out, SortedMap<String, byte[]> files, String outOption) {
    this.out = out;
    this.files = files;
    this.outOption = outOption;
    this.previous = previousHashes();
  }

  /** Prints {@code wrote <file>} and {@code removed <file>} for what a run changed. */
  public static void report(Path out, Outcome outcome, Consumer<String> lines) {
    outcome.written().forEach(f -> lines.accept("wrote " + out.resolve(f)));
    outcome.removed().forEach(f -> lines.accept("removed " + out.resolve(f)));
  }

  /**
   * @throws UsageException listing every file that would be overwritten but was not written by
   *     this command (or was changed since), before anything is written
   */
  public Outcome write() {
    Map<String, String> previous = this.previous;
    List<String> refused = new ArrayList<>();
    if (previous == null) {
      refused.add(MANIFEST + " (not a manifest crmcards wrote)");
      previous = Map.of();
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = out.resolve(file.getKey());
      String blocked = blockedFolder(target);
      if (blocked != null) {
        refused.add(file.getKey() + " (" + blocked + ")");
      } else if (Files.isDirectory(target)) {
        refused.add(file.getKey() + " (a directory)");
      } else if (Files.exists(target) && !ours(target, previous.get(file.getKey()), file.getValue())) {
        refused.add(file.getKey());
      }
    }
    if (!refused.isEmpty()) {
      throw new UsageException(
          "refusing to overwrite files crmcards did not write (or that were changed since it"
              + " wrote them) in " + out + ":\n  " + String.join("\n  ", refused)
              + "\nMove them away, or choose another " + outOption + ". Nothing was written.");
    }
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = out.resolve(file.getKey());
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
          unchanged.add(file.getKey());
          continue;
        }
        Files.createDirectories(target.getParent());
        replace(target, file.getValue());
        written.add(file.getKey());
      }
      for (String stale : stale()) {
        Files.delete(out.resolve(stale));
        removed.add(stale);
      }
      replace(out.resolve(MANIFEST), manifest());
    } catch (IOException e) {
      throw new UsageException("cannot write to " + out + ": " + IoFailures.describe(e), e);
    }
    return new Outcome(written, unchanged, removed);
  }

  /**
   * Why the folder {@code target} goes in cannot take it: its nearest existing ancestor is a file,
   * or a folder this user cannot write in; {@code null} if it can. Checked before anything is
   * written, so that a run either writes everything or nothing.
   */
  private static String blockedFolder(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    while (folder != null && !Files.exists(folder)) {
      folder = folder.getParent();
    }
    if (folder == null) {
      return null;
    }
    if (!Files.isDirectory(folder)) {
      return folder + " is a file";
    }
    return Files.isWritable(folder) ? null : "cannot write in " + folder;
  }

  /**
   * Writes {@code bytes} to a file beside {@code target}, then moves it into place: a disk that
   * fills up leaves the old file or the new one, never half of one.
   */
  private static void replace(Path target, byte[] bytes) throws IOException {
    // Not createTempFile: its owner-only permissions would be the project file's.
    Path next = target.resolveSibling("." + target.getFileName() + ".crmcards-tmp");
    try {
      Files.write(next, bytes);
      try {
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(next);
    }
  }

  private static boolean ours(Path target, String recordedHash, byte[] next) {
    try {
      byte[] current = Files.readAllBytes(target);
      return Arrays.equals(current, next) || sha256(current).equals(recordedHash);
    } catch (IOException e) {
      throw new UsageException("cannot read " + target + ": " + IoFailures.describe(e), e);
    }
  }

  /**
   * The files the last run wrote, by the manifest it left, that this run no longer writes and so
   * removes: those still as that run wrote them. A file the user changed since stays, and is the
   * user's from then on.
   */
  Set<String> stale() throws IOException {
    if (stale != null) {
      return stale;
    }
    // Read once: the uid check and write() ask alike, and nothing this run writes is among them.
    stale = new TreeSet<>();
    if (previous == null) {
      return stale;
    }
    for (Map.Entry<String, String> old : previous.entrySet()) {
      Path target = out.resolve(old.getKey());
      if (!files.containsKey(old.getKey())
          && Files.isRegularFile(target)
          && sha256(Files.readAllBytes(target)).equals(old.getValue())) {
        stale.add(old.getKey());
      }
    }
    return stale;
  }

  /** The hashes of the last run; empty without a manifest, {@code null} for a foreign one. */
  private Map<String, String> previousHashes() {
    Path manifest = out.resolve(MANIFEST);
    Map<String, String> hashes = new TreeMap<>();
    if (!Files.exists(manifest)) {
      return hashes;
    }
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(Files.readAllBytes(manifest));
    } catch (IOException e) {
      return null;
    }
    if (json == null || !json.path("generator").asText().equals(GENERATOR)) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = json.path("files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      // Only paths inside the project: a manifest must not steer deletes elsewhere.
      Path resolved = out.resolve(entry.getKey()).normalize();
      if (resolved.startsWith(out.normalize()) && !entry.getKey().equals(MANIFEST)) {
        hashes.put(entry.getKey(), entry.getValue().asText());
      }
    }
    return hashes;
  }

  private byte[] manifest() {
    ObjectNode root = Json.object();
    root.put("generator", GENERATOR);
    root.put(
        "about",
        "The files crmcards (crmcards-cli app, or the app goal of crmcards-maven-plugin) wrote, with"
            + " their SHA-256. Running it again updates these"
            + " files (unless changed by hand) and leaves every other file alone.");
    ObjectNode list = root.putObject("files");
    files.forEach((path, bytes) -> list.put(path, sha256(bytes)));
    return Json.pretty(root).getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.crmcards.cli.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.Json;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Components of the user's own in the project folder whose {@code uid} is one the run would write.
 * HubSpot's project parser refuses a project with two components of one uid, so such a run would
 * write a project that cannot be uploaded.
 */
final class UidClashes {
  private static final String COMPONENT_SUFFIX = "-hsmeta.json";

  private UidClashes() {}

  /**
   * One problem per component file in {@code out} that is the user's (neither written by this
   * run nor removed by it, {@code stale}) but has the uid of one of {@code files};
   * files that are not JSON, have no uid or cannot be read, and folders that cannot be read, are
   * left to the parser. {@code node_modules} folders are not searched: npm puts no components
   * there, and they hold thousands of files.
   */
  static List<String> in(Path out, SortedMap<String, byte[]> files, Set<String> stale) throws IOException {
    Map<String, String> ours = new HashMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (file.getKey().endsWith(COMPONENT_SUFFIX)) {
        uid(file.getValue()).ifPresent(uid -> ours.put(uid, file.getKey()));
      }
    }
    List<String> problems = new ArrayList<>();
    Path src = out.resolve("src");
    if (ours.isEmpty() || !Files.isDirectory(src)) {
      return problems;
    }
    for (Path path : components(src)) {
      String name = out.relativize(path).toString().replace('\\', '/');
      if (files.containsKey(name) || stale.contains(name)) {
        continue;
      }
      Optional<String> uid = uid(path);
      if (uid.isPresent() && ours.containsKey(uid.get())) {
        problems.add(name + ": uid \"" + uid.get() + "\" is the uid crmcards gives " + ours.get(uid.get())
            + "; HubSpot refuses two components with one uid. Give " + name + " another uid, or move it away.");
      }
    }
    return problems;
  }

  /** The component files under {@code src}, in order, outside {@code node_modules}. */
  private static List<Path> components(Path src) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(src, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return dir.getFileName().toString().equals("node_modules") ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        // Files.isRegularFile follows a link to a component kept elsewhere.
        if (file.getFileName().toString().endsWith(COMPONENT_SUFFIX) && Files.isRegularFile(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // A folder of the user's this user cannot read holds nothing the run writes or checks.
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  /** The uid of the component file at {@code path}; none when it cannot be read. */
  private static Optional<String> uid(Path path) {
    try {
      return uid(Files.readAllBytes(path));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> uid(byte[] json) {
    try {
      JsonNode uid = Json.MAPPER.readTree(json).path("uid");
      return uid.isTextual() ? Optional.of(uid.asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

package dev.crmcards.cli.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Components of the user's own in the project folder whose {@code uid} is one the run would write.
 * HubSpot's project parser refuses a project with two components of one uid, so such a run would
 * write a project that cannot be uploaded.
 */
final class UidClashes {
  private static final String COMPONENT_SUFFIX = "-hsmeta.json";

  private UidClashes() {}

  /**
   * One problem per component file in {@code out} that the run does not write but that has the
   * uid of one of {@code files}; files that are not JSON or have no uid are left to the parser.
   */
  static List<String> in(Path out, SortedMap<String, byte[]> files) throws IOException {
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
    try (Stream<Path> paths = Files.walk(src)) {
      for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(COMPONENT_SUFFIX)).sorted().toList()) {
        String name = out.relativize(path).toString().replace('\\', '/');
        if (files.containsKey(name) || !Files.isRegularFile(path)) {
          continue;
        }
        Optional<String> uid = uid(Files.readAllBytes(path));
        if (uid.isPresent() && ours.containsKey(uid.get())) {
          problems.add(name + ": uid \"" + uid.get() + "\" is the uid crmcards gives " + ours.get(uid.get())
              + "; HubSpot refuses two components with one uid. Give " + name + " another uid, or move it away.");
        }
      }
    }
    return problems;
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

package dev.crmcards.cli.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.definition.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * crmcards' card UI (the {@code card-ui} folder of the repository), bundled into the command
 * line's jar at build time: its TypeScript sources, copied into every project, and the versions
 * its {@code package.json} pins.
 */
public final class CardUiSources {
  static final String RESOURCE_ROOT = "dev/crmcards/cli/app/card-ui/";

  private final SortedMap<String, byte[]> sources;
  private final JsonNode packageJson;

  private CardUiSources(SortedMap<String, byte[]> sources, JsonNode packageJson) {
    this.sources = Collections.unmodifiableSortedMap(sources);
    this.packageJson = packageJson;
  }

  /** Reads the bundled card UI from the class path. */
  public static CardUiSources load() {
    URL root = CardUiSources.class.getClassLoader().getResource(RESOURCE_ROOT + "package.json");
    if (root == null) {
      throw new IllegalStateException(
          "the card UI is missing from the class path (" + RESOURCE_ROOT + "); rebuild the cli");
    }
    try {
      URI uri = root.toURI();
      if (uri.getScheme().equals("jar")) {
        // A file system of its own for the jar file, not the JVM-wide one of the jar: URI, which
        // a second reader at the same time (the Maven goal in a parallel build) could not open.
        // jar:<the jar file's URI, escaped>!/<entry>: the raw part, so that a space in the jar's
        // path (%20) stays escaped in the file URI.
        String spec = uri.getRawSchemeSpecificPart();
        int separator = spec.indexOf("!/");
        Path jarFile = Path.of(new URI(spec.substring(0, separator)));
        try (FileSystem jar = FileSystems.newFileSystem(jarFile)) {
          return read(jar.getPath("/" + RESOURCE_ROOT));
        }
      }
      return read(Path.of(uri).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled card UI", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CardUiSources read(Path root) throws IOException {
    SortedMap<String, byte[]> sources = new TreeMap<>();
    Path src = root.resolve("src");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = src.relativize(file).toString().replace('\\', '/');
        if (relative.endsWith(".ts") || relative.endsWith(".tsx")) {
          sources.put(relative, Files.readAllBytes(file));
        }
      }
    }
    JsonNode packageJson = Json.MAPPER.readTree(Files.readAllBytes(root.resolve("package.json")));
    return new CardUiSources(sources, packageJson);
  }

  /** The card UI's sources by path relative to its {@code src} folder, such as {@code AppCard.tsx}. */
  public SortedMap<String, byte[]> sources() {
    return sources;
  }

  /** The exact version the card UI pins for a package, such as {@code react}. */
  public String version(String packageName) {
    for (String section : new String[] {"dependencies", "devDependencies"}) {
      JsonNode version = packageJson.path(section).path(packageName);
      if (version.isTextual()) {
        return version.asText();
      }
    }
    throw new IllegalStateException("the card UI's package.json does not pin " + packageName);
  }
}

package dev.crmcards.cli.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example card of the examples module and the seed guide's example response. */
public final class Fixtures {
  public static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
  private static final String EXAMPLE = "META-INF/crmcards/bug-tracker.json";

  private Fixtures() {}

  /** The guide's example data-fetch response, which the example card accepts as is. */
  public static String seedResponse() {
    return resource("/dev/crmcards/cli/seed-response.json");
  }

  public static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where the examples module's definitions are: its jar (in a packaged reactor build) or its
   * class output directory (when only compiled). Either works as {@code --definitions}.
   */
  public static Path exampleDefinitions() {
    URL url = Fixtures.class.getClassLoader().getResource(EXAMPLE);
    if (url == null) {
      throw new IllegalStateException(EXAMPLE + " is not on the test class path");
    }
    try {
      if (url.getProtocol().equals("jar")) {
        String file = url.getPath();
        return Path.of(new java.net.URI(file.substring(0, file.indexOf("!/"))));
      }
      Path json = Path.of(url.toURI());
      return json.getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The example card, {@code bug-tracker} (the examples also hold {@code orders}). */
  public static CardDefinition exampleCard() {
    return DefinitionLoader.loadOne(exampleDefinitions(), "bug-tracker");
  }

  /** The example card's definition as a file in {@code directory}. */
  public static Path exampleDefinitionFile(Path directory) {
    try {
      return Files.write(directory.resolve("bug-tracker.json"), exampleCard().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, text.getBytes(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

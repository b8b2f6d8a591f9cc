package dev.crmcards.cli.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.cli.IoFailures;
import dev.crmcards.cli.UsageException;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads card definitions from what the user points at: a {@code .json} file, a directory of
 * {@code *.json} files, a build output directory holding {@code META-INF/crmcards/}, or a jar
 * (whose {@code META-INF/crmcards/*.json} entries are read). Definitions come back sorted by name.
 */
public final class DefinitionLoader {
  /** Where the annotation processor puts definitions in the class output and in jars. */
  public static final String RESOURCE_DIRECTORY = "META-INF/crmcards/";

  private DefinitionLoader() {}

  /**
   * @throws UsageException if the path does not exist, holds no definition, or a definition is
   *     not a JSON object
   */
  public static List<CardDefinition> load(Path path) {
    if (!Files.exists(path)) {
      throw new UsageException(path + " does not exist");
    }
    List<CardDefinition> definitions;
    if (Files.isDirectory(path)) {
      Path resources = path.resolve(RESOURCE_DIRECTORY);
      definitions = fromDirectory(Files.isDirectory(resources) ? resources : path);
    } else if (isArchive(path)) {
      definitions = fromJar(path);
    } else {
      definitions = List.of(fromFile(path));
    }
    if (definitions.isEmpty()) {
      throw new UsageException(
          "no card definitions in " + path + " (expected *.json files, or "
              + RESOURCE_DIRECTORY + "*.json in a jar or build output directory)");
    }
    return definitions;
  }

  /** Reads exactly one definition: a file, or a directory or jar that holds a single one. */
  public static CardDefinition loadOne(Path path) {
    return loadOne(path, null);
  }

  /**
   * Reads one definition: the card named {@code cardName} (its file name without {@code .json}),
   * or, when {@code cardName} is null, the only one {@code path} holds.
   */
  public static CardDefinition loadOne(Path path, String cardName) {
    return loadOne(path, cardName, "--card");
  }

  /** As {@link #loadOne(Path, String)}; {@code cardOption} is how the user names a card, for the message. */
  public static CardDefinition loadOne(Path path, String cardName, String cardOption) {
    List<CardDefinition> all = load(path);
    List<String> names = all.stream().map(CardDefinition::name).toList();
    if (cardName != null) {
      return all.stream()
          .filter(card -> card.name().equals(cardName))
          .findFirst()
          .orElseThrow(() -> new UsageException(path + " holds no card '" + cardName + "'; it holds " + names));
    }
    if (all.size() > 1) {
      throw new UsageException(
          path + " holds " + all.size() + " card definitions " + names
              + "; choose one with " + cardOption + " " + names.get(0) + " or name one file, e.g. "
              + all.get(0).source());
    }
    return all.get(0);
  }

  private static boolean isArchive(Path path) {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".zip");
  }

  private static List<CardDefinition> fromDirectory(Path directory) {
    List<CardDefinition> definitions = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".json"))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(f -> f.getFileName().toString()))
              .toList()) {
        definitions.add(fromFile(file));
      }
    } catch (IOException e) {
      throw new UsageException("cannot list " + directory + ": " + IoFailures.describe(e), e);
    }
    return definitions;
  }

  private static CardDefinition fromFile(Path file) {
    try {
      return parse(nameOf(file.getFileName().toString()), file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + IoFailures.describe(e), e);
    }
  }

  private static List<CardDefinition> fromJar(Path jar) {
    List<CardDefinition> definitions = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String entryName = entry.getName();
        if (!entry.isDirectory()
            && entryName.startsWith(RESOURCE_DIRECTORY)
            && entryName.endsWith(".json")
            && entryName.indexOf('/', RESOURCE_DIRECTORY.length()) < 0) {
          entries.add(entry);
        }
      }
      entries.sort(Comparator.comparing(ZipEntry::getName));
      for (ZipEntry entry : entries) {
        try (InputStream in = zip.getInputStream(entry)) {
          String fileName = entry.getName().substring(RESOURCE_DIRECTORY.length());
          definitions.add(parse(nameOf(fileName), jar + "!/" + entry.getName(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UsageException("cannot read the jar " + jar + ": " + IoFailures.describe(e), e);
    }
    return definitions;
  }

  private static String nameOf(String fileName) {
    return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
  }

  private static CardDefinition parse(String name, String source, byte[] read) {
    // A byte order mark, which an editor may add, is not JSON: dropped here, so that the bytes
    // kept (and copied into projects) are the definition itself.
    byte[] bytes = JsonReader.withoutByteOrderMark(read);
    JsonNode json;
    try {
      json = Json.MAPPER.readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(bytes);
    } catch (JsonProcessingException e) {
      throw new UsageException(
          source + " is not valid JSON: " + e.getOriginalMessage() + " (line "
              + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
    } catch (IOException e) {
      throw new UsageException("cannot read " + source + ": " + IoFailures.describe(e), e);
    }
    if (json == null || !json.isObject()) {
      throw new UsageException(source + " is not a card definition (a JSON object)");
    }
    try {
      return new CardDefinition(name, source, bytes, json);
    } catch (JsonSyntaxException e) {
      // Jackson reads UTF-16 and UTF-32 too; a definition is UTF-8, as the processor writes it.
      throw new UsageException(source + " is not valid UTF-8 JSON: " + e.getMessage(), e);
    }
  }

}

package dev.crmcards.cli.definition;

import dev.crmcards.cli.IoFailures;
import dev.crmcards.cli.UsageException;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.check.CardView;
import dev.crmcards.rules.json.JsonSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The view the processor writes beside a card's definition: {@code views/<name>.json} next to the
 * definition's file, or next to its entry in a jar ({@link CardViews#VIEW_FOLDER}). A build from
 * before views has none; its cards are legacy tiles.
 */
public final class CardViewFile {
  /** The views folder, relative to the folder (or jar folder) holding the definitions. */
  static final String FOLDER =
      CardViews.VIEW_FOLDER.substring(DefinitionLoader.RESOURCE_DIRECTORY.length());

  private CardViewFile() {}

  /** A view file: where it was read from (a path, or a jar and its entry), and its bytes. */
  public record Found(String where, byte[] bytes) {}

  /**
   * The card's view as the rules read it; empty when there is none.
   *
   * @throws UsageException if the view cannot be read or is not JSON
   */
  public static Optional<CardView> of(CardDefinition card) {
    Optional<Found> found;
    try {
      found = find(card);
    } catch (IOException e) {
      throw new UsageException("cannot read the view of " + card.source() + ": " + IoFailures.describe(e), e);
    }
    try {
      return found.map(f -> CardView.parse(new String(f.bytes(), StandardCharsets.UTF_8)));
    } catch (JsonSyntaxException e) {
      throw new UsageException(found.get().where() + " is not JSON: " + e.getMessage(), e);
    }
  }

  /** Where the card's view lies relative to the folder of its definition: {@code views/<name>.json}. */
  public static String relativePath(CardDefinition card) {
    return FOLDER + card.name() + ".json";
  }

  /** The view file beside the definition's file or jar entry, as read; empty when there is none. */
  public static Optional<Found> find(CardDefinition card) throws IOException {
    String source = card.source();
    int inJar = source.indexOf("!/");
    if (inJar < 0) {
      Path file = Path.of(source).toAbsolutePath().resolveSibling(relativePath(card));
      return Files.isRegularFile(file) ? Optional.of(new Found(file.toString(), Files.readAllBytes(file))) : Optional.empty();
    }
    String jarFile = source.substring(0, inJar);
    String entryName = source.substring(inJar + 2);
    String viewEntry = entryName.substring(0, entryName.lastIndexOf('/') + 1) + relativePath(card);
    try (ZipFile jar = new ZipFile(jarFile)) {
      ZipEntry entry = jar.getEntry(viewEntry);
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return Optional.of(new Found(jarFile + "!/" + viewEntry, in.readAllBytes()));
      }
    }
  }
}

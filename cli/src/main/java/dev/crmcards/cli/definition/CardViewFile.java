package dev.crmcards.cli.definition;

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

  /**
   * The card's view as the rules read it; empty when there is none.
   *
   * @throws UsageException if the view cannot be read or is not JSON
   */
  public static Optional<CardView> of(CardDefinition card) {
    Optional<byte[]> bytes = bytes(card);
    try {
      return bytes.map(b -> CardView.parse(new String(b, StandardCharsets.UTF_8)));
    } catch (JsonSyntaxException e) {
      throw new UsageException("the view of " + card.source() + " is not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The view file beside the definition's file or jar entry, as read; empty when there is none.
   *
   * @throws UsageException if it cannot be read
   */
  public static Optional<byte[]> bytes(CardDefinition card) {
    String source = card.source();
    int inJar = source.indexOf("!/");
    try {
      if (inJar < 0) {
        Path file = Path.of(source).toAbsolutePath().resolveSibling(FOLDER + card.name() + ".json");
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
      }
      String entryName = source.substring(inJar + 2);
      String viewEntry = entryName.substring(0, entryName.lastIndexOf('/') + 1) + FOLDER + card.name() + ".json";
      try (ZipFile jar = new ZipFile(source.substring(0, inJar))) {
        ZipEntry entry = jar.getEntry(viewEntry);
        if (entry == null) {
          return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return Optional.of(in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UsageException("cannot read the view of " + source + ": " + e.getMessage(), e);
    }
  }
}

package dev.crmcards.cli.migrate;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes what HubSpot's legacy-card converter needs for each card: {@code <name>/DEFINITION.json}
 * (the definition, byte for byte), {@code <name>/<Name>-hsmeta.json} (and its help desk twin for
 * cards on tickets), and one {@code app-hsmeta.json} fragment for all cards.
 */
public final class Migration {
  public static final String APP_FRAGMENT = "app-hsmeta.json";
  public static final String DEFINITION = "DEFINITION.json";

  private Migration() {}

  /**
   * @return the files written, in writing order
   * @throws UsageException if a file cannot be written or two cards share a name
   */
  public static List<Path> write(List<CardDefinition> cards, Path out) {
    Set<String> names = new HashSet<>();
    for (CardDefinition card : cards) {
      if (!names.add(card.name())) {
        throw new UsageException("two card definitions are named '" + card.name() + "'");
      }
    }
    List<Path> written = new ArrayList<>();
    try {
      for (CardDefinition card : cards) {
        Path directory = Files.createDirectories(out.resolve(card.name()));
        written.add(Files.write(directory.resolve(DEFINITION), card.bytes()));
        written.add(write(directory.resolve(AppCardFiles.recordFileName(card)),
            Json.pretty(AppCardFiles.recordCard(card))));
        if (AppCardFiles.needsHelpdesk(card)) {
          written.add(write(directory.resolve(AppCardFiles.helpdeskFileName(card)),
              Json.pretty(AppCardFiles.helpdeskCard(card))));
        }
      }
      Files.createDirectories(out);
      written.add(write(out.resolve(APP_FRAGMENT), Json.pretty(AppConfigFragment.of(cards))));
    } catch (IOException e) {
      throw new UsageException("cannot write to " + out + ": " + e, e);
    }
    return written;
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.write(file, text.getBytes(UTF_8));
  }
}

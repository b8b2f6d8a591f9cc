package dev.crmcards.cli.migrate;

import dev.crmcards.cli.app.AppProject;
import dev.crmcards.cli.app.AppSettings;
import dev.crmcards.cli.definition.CardDefinition;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The project files HubSpot's legacy-card converter needs around its own sources, where HubSpot
 * looks for them: {@code hsproject.json}, a complete {@code src/app/app-hsmeta.json}, each card's
 * {@code src/app/cards/<Name>-hsmeta.json} (and help desk twin) and its definition where the
 * converter reads it, {@code src/app/cards/definition/DEFINITION.json}.
 *
 * <p>The converter renders one definition from one entry point, {@code Converter.tsx}. With
 * several cards each gets its own entry point, {@code <Name>Converter.tsx} (a copy of the
 * converter's, reading {@code definition/<name>/DEFINITION.json}), which the user makes.
 */
public final class Migration {
  static final String DEFINITIONS = "src/app/cards/definition/";

  private Migration() {}

  /** The files by path relative to the project folder. */
  public static SortedMap<String, byte[]> files(List<CardDefinition> cards, AppSettings settings) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    boolean single = cards.size() == 1;
    AppProject.putAppFiles(files, cards, settings, card -> entrypoint(card, single));
    for (CardDefinition card : cards) {
      files.put(
          single ? DEFINITIONS + "DEFINITION.json" : DEFINITIONS + card.name() + "/DEFINITION.json",
          card.bytes());
    }
    return files;
  }

  /** The converter's entry point for the card. */
  public static String entrypoint(CardDefinition card, boolean single) {
    return "/app/cards/" + (single ? "" : AppProject.componentName(card)) + "Converter.tsx";
  }
}

package dev.crmcards.cli.migrate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardObjectType;
import dev.crmcards.cli.definition.Json;
import java.util.List;
import java.util.Locale;

/**
 * The app-card configuration files ({@code *-hsmeta.json}, type {@code card}) that put HubSpot's
 * legacy-card converter on the record sidebar for one card, and on the help desk sidebar when the
 * card shows on tickets.
 */
public final class AppCardFiles {
  /** The converter's entry point, as its project ships it. */
  public static final String ENTRYPOINT = "/app/cards/Converter.tsx";

  static final String RECORD_SIDEBAR = "crm.record.sidebar";
  static final String HELPDESK_SIDEBAR = "helpdesk.sidebar";

  private AppCardFiles() {}

  /** {@code bug-tracker} becomes {@code BugTracker}. */
  public static String pascalCase(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return out.length() == 0 ? "Card" : out.toString();
  }

  /** The file name of the sidebar card's configuration, e.g. {@code BugTracker-hsmeta.json}. */
  public static String recordFileName(CardDefinition card) {
    return pascalCase(card.name()) + "-hsmeta.json";
  }

  /** The file name of the help desk twin, e.g. {@code BugTracker-Helpdesk-hsmeta.json}. */
  public static String helpdeskFileName(CardDefinition card) {
    return pascalCase(card.name()) + "-Helpdesk-hsmeta.json";
  }

  /** Whether the card shows on tickets, and so needs a help desk twin. */
  public static boolean needsHelpdesk(CardDefinition card) {
    return card.objectTypes().stream().anyMatch(t -> t.name().equals("tickets"));
  }

  /** The record sidebar card on every object type of the definition. */
  public static ObjectNode recordCard(CardDefinition card) {
    List<String> types = card.objectTypes().stream().map(CardObjectType::name).toList();
    return card(uid(card), card.title(), RECORD_SIDEBAR, types);
  }

  /** The help desk sidebar card, on tickets. */
  public static ObjectNode helpdeskCard(CardDefinition card) {
    return card(uid(card) + "-helpdesk", card.title() + " - Helpdesk", HELPDESK_SIDEBAR, List.of("tickets"));
  }

  private static String uid(CardDefinition card) {
    return card.name().replaceAll("[^A-Za-z0-9_.-]", "-") + "-card";
  }

  private static ObjectNode card(String uid, String name, String location, List<String> objectTypes) {
    ObjectNode root = Json.object();
    root.put("uid", uid);
    root.put("type", "card");
    ObjectNode config = root.putObject("config");
    config.put("name", name);
    config.put("location", location);
    config.put("entrypoint", ENTRYPOINT);
    ArrayNode types = config.putArray("objectTypes");
    objectTypes.forEach(types::add);
    return root;
  }
}

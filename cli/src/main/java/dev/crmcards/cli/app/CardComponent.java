package dev.crmcards.cli.app;

import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.rules.AppProjects;
import dev.crmcards.rules.CardViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One place a card shows in HubSpot: a card component ({@code *-hsmeta.json}) with its own
 * {@code uid}, location and entry point. A card gets one per location of its view, and exactly
 * those: a card on tickets is on the help desk when its view says so (as every card on tickets
 * that names no location does) or when it has no view file. A legacy card keeps the files it
 * always had: {@code <Name>-hsmeta.json}, and {@code <Name>-Helpdesk-hsmeta.json} sharing its
 * entry point.
 *
 * @param location crmcards' name of the location ({@code RECORD_TAB})
 * @param hubspotLocation HubSpot's ({@code crm.record.tab})
 * @param entryName the entry point's file name without {@code .tsx}
 * @param description what the component's {@code description} says of the card
 */
public record CardComponent(
    CardDefinition card,
    String location,
    String hubspotLocation,
    String hsmetaFile,
    String uid,
    String entryName,
    String description) {

  /** How each location shows in file names, {@code uid}s and card names; the sidebar as ever. */
  private static final Map<String, String> SUFFIX =
      Map.of("RECORD_SIDEBAR", "", "RECORD_TAB", "Tab", "PREVIEW", "Preview", "HELPDESK_SIDEBAR", "Helpdesk");

  private static final Map<String, String> NAME_SUFFIX =
      Map.of("RECORD_SIDEBAR", "", "RECORD_TAB", " (record tab)", "PREVIEW", " (preview)",
          "HELPDESK_SIDEBAR", " (help desk)");

  /** The card's components, in the order of {@link CardViews#LOCATIONS}. */
  public static List<CardComponent> of(CardDefinition card, AppCardView view) {
    List<String> wanted = view.locations();
    String name = AppProject.componentName(card);
    List<CardComponent> components = new ArrayList<>();
    for (CardViews.Location location : CardViews.LOCATIONS) {
      if (wanted.contains(location.name())) {
        String suffix = SUFFIX.get(location.name());
        components.add(
            new CardComponent(
                card,
                location.name(),
                location.hubspotLocation(),
                name + (suffix.isEmpty() ? "" : "-" + suffix) + "-hsmeta.json",
                uid(card, location.name()),
                view.legacy() ? name : name + suffix,
                description(card, view)));
      }
    }
    return components;
  }

  /**
   * A legacy card's description as it always was; a card with a view says how it shows its
   * objects.
   */
  private static String description(CardDefinition card, AppCardView view) {
    if (view.legacy()) {
      return "The legacy CRM card \"" + card.name() + "\", served by crmcards.";
    }
    String shape = view.layout().equals(CardViews.TABLE) ? "a table" : "tiles";
    return "The card \"" + card.name() + "\": its objects as " + shape + ", served by crmcards.";
  }

  /** {@code <name>-card}, {@code <name>-tab-card}, {@code <name>-helpdesk-card}, ... */
  static String uid(CardDefinition card, String location) {
    String suffix = SUFFIX.get(location).toLowerCase(Locale.ROOT);
    return AppProjects.uid(card.name(), (suffix.isEmpty() ? "" : "-" + suffix) + "-card");
  }

  /** The card's name in HubSpot: its title, and where it is when that is not the sidebar. */
  public String configName() {
    return card.title() + NAME_SUFFIX.get(location);
  }

  public boolean helpdesk() {
    return location.equals(CardViews.TICKETS_ONLY_LOCATION);
  }
}

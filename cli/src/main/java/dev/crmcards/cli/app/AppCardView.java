package dev.crmcards.cli.app;

import dev.crmcards.cli.IoFailures;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardViewFile;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.check.CardView;
import dev.crmcards.rules.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A card's view ({@code META-INF/crmcards/views/<name>.json}, written by the processor beside the
 * definition): the layout and locations {@code app} needs to place the card, and the file itself,
 * which the card UI reads. A build from before views has none; its cards are legacy tiles on the
 * record sidebar, and a card on tickets on the help desk sidebar too, as legacy cards always were.
 *
 * @param locations crmcards' location names ({@code RECORD_TAB}), in the order of {@link
 *     CardViews#LOCATIONS}
 * @param bytes the view file as read; {@code null} for a card without one
 */
public record AppCardView(
    String layout,
    List<String> locations,
    boolean hasForms,
    boolean hasSummary,
    boolean hasCurrencyCodes,
    byte[] bytes) {
  public AppCardView {
    locations = List.copyOf(locations);
  }

  /** The view of {@code card} among {@code views}, read for a build; {@link #absent} if none. */
  public static AppCardView of(Map<String, AppCardView> views, CardDefinition card) {
    AppCardView view = views.get(card.name());
    return view != null ? view : absent(card);
  }

  /** What a card without a view file gets: legacy tiles on the default locations. */
  public static AppCardView absent(CardDefinition card) {
    return new AppCardView(CardViews.TILES, defaultLocations(card), false, false, false, null);
  }

  private static List<String> defaultLocations(CardDefinition card) {
    return CardViews.defaultLocations(AppCardRules.showsOnTickets(card));
  }

  /**
   * Whether the card looks and sits as a card built before views did: TILES on the record sidebar,
   * perhaps with the help desk twin, no forms, no summary, no currency codes (only the view
   * carries them, so only the card UI shows them). Its project files stay exactly as they were
   * then.
   */
  public boolean legacy() {
    return bytes == null
        || (layout.equals(CardViews.TILES)
            && legacyLocations()
            && !hasForms
            && !hasSummary
            && !hasCurrencyCodes);
  }

  /**
   * The sidebar, alone or with the help desk twin: the places a legacy card could have, which are
   * those a card on tickets gets by default.
   */
  private boolean legacyLocations() {
    return locations.contains(CardViews.DEFAULT_LOCATION) && CardViews.defaultLocations(true).containsAll(locations);
  }

  /**
   * Reads the view beside a definition, if there is one.
   *
   * @param problems gets one line per thing {@code app} cannot use, naming the file
   */
  static AppCardView of(CardDefinition card, List<String> problems) {
    Optional<CardViewFile.Found> source = read(card, problems);
    if (source.isEmpty()) {
      return absent(card);
    }
    String where = source.get().where();
    CardView view;
    try {
      String text = new String(source.get().bytes(), StandardCharsets.UTF_8);
      view = CardView.parse(text);
    } catch (JsonSyntaxException e) {
      problems.add(where + " is not valid JSON: " + e.getMessage());
      return absent(card);
    }
    if (!view.isObject()) {
      problems.add(where + " is not a card view (a JSON object)");
      return absent(card);
    }
    String layout = view.layout();
    if (!CardViews.LAYOUTS.contains(layout)) {
      problems.add(where + " layout \"" + layout + "\" is not one of " + String.join(", ", CardViews.LAYOUTS));
    }
    List<String> named = view.locations();
    List<String> locations = new ArrayList<>();
    for (CardViews.Location location : CardViews.LOCATIONS) {
      if (named.contains(location.name())) {
        locations.add(location.name());
      }
    }
    named.stream()
        .filter(name -> CardViews.LOCATIONS.stream().noneMatch(l -> l.name().equals(name)))
        .forEach(name -> problems.add(where + " location \"" + name + "\" is not one of " + locationNames()));
    named.stream()
        .filter(name -> Collections.frequency(named, name) > 1)
        .distinct()
        .forEach(name -> problems.add(where + " names location \"" + name + "\" more than once"));
    view.refusedPageSize()
        .ifPresent(size -> problems.add(where + " pageSize " + size + ": " + CardViews.PAGE_SIZE_PROBLEM));
    if (locations.contains(CardViews.TICKETS_ONLY_LOCATION) && !AppCardRules.showsOnTickets(card)) {
      problems.add(where + " location " + CardViews.TICKETS_ONLY_LOCATION + " needs a card on tickets");
    }
    if (locations.isEmpty()) {
      locations.addAll(defaultLocations(card));
    }
    return new AppCardView(layout, locations, view.hasForms(), view.hasSummary(), !view.currencyCodes().isEmpty(),
        source.get().bytes());
  }

  private static String locationNames() {
    return String.join(", ", CardViews.LOCATIONS.stream().map(CardViews.Location::name).toList());
  }

  /** The view file beside the definition's file, or beside its entry in a jar. */
  private static Optional<CardViewFile.Found> read(CardDefinition card, List<String> problems) {
    try {
      return CardViewFile.find(card);
    } catch (IOException e) {
      problems.add("cannot read the view of " + card.source() + ": " + IoFailures.describe(e));
      return Optional.empty();
    }
  }
}

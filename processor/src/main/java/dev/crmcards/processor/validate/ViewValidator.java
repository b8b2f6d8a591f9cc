package dev.crmcards.processor.validate;

import dev.crmcards.CardLayout;
import dev.crmcards.CardLocation;
import dev.crmcards.CrmObjectType;
import dev.crmcards.ExtraProperties;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.ObjectTypeModel;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.SummaryModel;
import dev.crmcards.processor.model.ViewModel;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.Annotations.Item;
import dev.crmcards.processor.read.CardPropertyGem;
import dev.crmcards.processor.read.CrmCardGem;
import dev.crmcards.rules.CardViews;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks how a card asks to be shown (API.md §9): its locations, its layout, the TABLE-only
 * attributes ({@code pageSize}, {@code searchable}, {@code sortable}), what a TABLE cannot show
 * ({@code @ExtraProperties}) and its summary class. An attribute written where it has no effect
 * is an error, so a card says only what it gets.
 */
final class ViewValidator {
  private final Reporter reporter;
  private final EnumAttributes enums;
  private final SummaryValidator summaries;

  ViewValidator(Reporter reporter, EnumAttributes enums, SummaryValidator summaries) {
    this.reporter = reporter;
    this.enums = enums;
    this.summaries = summaries;
  }

  /**
   * The card's view; null when the layout could not be read or its summary has errors (reported,
   * perhaps for another card naming the same summary).
   */
  ViewModel validate(
      TypeElement type, CrmCardGem gem, List<ObjectTypeModel> objectTypes, List<PropertyModel> properties,
      Member extra) {
    AnnotationMirror card = gem.mirror();
    List<CardLocation> locations = locations(type, gem, objectTypes);
    CardLayout layout = enums.read(gem.layout(), CardLayout.class, type, card);
    if (layout == null) {
      return null;
    }
    boolean table = layout == CardLayout.TABLE;
    int pageSize = gem.pageSize().get();
    if (!table) {
      tableOnly(type, card, gem.pageSize().getAnnotationValue(), "pageSize", "rows per page");
      tableOnly(type, card, gem.searchable().getAnnotationValue(), "searchable", "a search box");
    } else if (pageSize < CardViews.MIN_PAGE_SIZE || pageSize > CardViews.MAX_PAGE_SIZE) {
      reporter.error(
          "pageSize " + pageSize + " is out of range: a TABLE page has " + CardViews.MIN_PAGE_SIZE + " to "
              + CardViews.MAX_PAGE_SIZE + " rows. Use a pageSize within it, e.g. "
              + CardViews.DEFAULT_PAGE_SIZE + " (the default).",
          type, card, gem.pageSize().getAnnotationValue());
    }
    if (table && extra != null) {
      reporter.error(
          "@ExtraProperties '" + extra.javaName() + "' gives each object properties of its own, which a TABLE card"
              + " never shows: its columns are its @CardProperty members, one each. Declare them as @CardProperty"
              + " members, or use layout = CardLayout.TILES.",
          extra.element(), Annotations.find(extra.element(), ExtraProperties.class).orElse(null));
    }
    List<String> sortable = sortable(properties, table);
    if (table) {
      noteCompactColumns(type, locations, properties);
    }
    SummaryModel summary = null;
    TypeMirror summaryType = gem.summary().get();
    if (summaryType != null && summaryType.getKind() != TypeKind.VOID) {
      summary = summaries.validate(type, card, gem.summary().getAnnotationValue(), summaryType);
      if (summary == null) {
        return null;
      }
    }
    return new ViewModel(
        layout, locations, table ? pageSize : CardViews.DEFAULT_PAGE_SIZE, table && gem.searchable().get(),
        sortable, currencyCodes(properties), summary);
  }

  /**
   * A note, not a warning, when a TABLE shows compact somewhere and leaves columns out there: the
   * sidebars and the preview panel show the first columns only, which is by design, but should be
   * no surprise. The fix, if one is wanted, is the order of the members.
   */
  private void noteCompactColumns(TypeElement type, List<CardLocation> locations, List<PropertyModel> properties) {
    List<String> compact =
        locations.stream().map(Enum::name).filter(l -> !l.equals(CardViews.ROOMY_LOCATION)).toList();
    if (compact.isEmpty() || properties.size() <= CardViews.COMPACT_COLUMNS) {
      return;
    }
    List<String> shown =
        properties.stream().limit(CardViews.COMPACT_COLUMNS).map(p -> "'" + p.member().javaName() + "'").toList();
    reporter.note(
        "crmcards: on " + String.join(" and ", compact) + ", card " + type.getSimpleName() + "'s table shows its"
            + " first " + CardViews.COMPACT_COLUMNS + " of " + properties.size() + " columns, " + String.join(" and ", shown)
            + ", in pages of at most " + CardViews.COMPACT_PAGE_SIZE + " rows; on " + CardViews.ROOMY_LOCATION
            + " it shows all. Declare the columns to show there first.",
        type);
  }

  /** The code of each CURRENCY property that has one, by wire name, in declaration order. */
  private static Map<String, String> currencyCodes(List<PropertyModel> properties) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (PropertyModel p : properties) {
      if (p.currencyCode() != null) {
        codes.put(p.name(), p.currencyCode());
      }
    }
    return Collections.unmodifiableMap(codes);
  }

  private void tableOnly(
      TypeElement type, AnnotationMirror card, AnnotationValue written, String attribute, String what) {
    if (written != null) {
      reporter.error(
          attribute + " is for TABLE cards only (" + what + "); this card's layout is TILES. Remove "
              + attribute + ", or set layout = CardLayout.TABLE.",
          type, card, written);
    }
  }

  /**
   * The card's locations: those it names, else the default ones, which the view then lists so
   * that {@code app} places every card exactly where its view says.
   */
  private List<CardLocation> locations(TypeElement type, CrmCardGem gem, List<ObjectTypeModel> objectTypes) {
    AnnotationMirror card = gem.mirror();
    boolean onTickets = objectTypes.stream().anyMatch(t -> t.type() == CrmObjectType.TICKETS);
    if (gem.locations().getAnnotationValue() == null) {
      return CardViews.defaultLocations(onTickets).stream().map(CardLocation::valueOf).toList();
    }
    List<Item<String>> items = Annotations.items(gem.locations());
    if (items.isEmpty()) {
      reporter.error(
          "@CrmCard locations must name at least one place, e.g. locations = CardLocation."
              + CardViews.DEFAULT_LOCATION + ", or leave locations out for the default places.",
          type, card, gem.locations().getAnnotationValue());
      return List.of();
    }
    Set<CardLocation> seen = EnumSet.noneOf(CardLocation.class);
    List<CardLocation> locations = new ArrayList<>();
    for (Item<String> item : items) {
      Optional<CardLocation> location = location(item.value());
      if (location.isEmpty()) {
        continue; // javac reports what it could not resolve
      }
      CardLocation l = location.get();
      if (!seen.add(l)) {
        reporter.error(
            "Location " + l + " is listed twice in @CrmCard locations; list each place once.",
            type, card, item.position());
        continue;
      }
      if (l.name().equals(CardViews.TICKETS_ONLY_LOCATION) && !onTickets) {
        reporter.error(
            l + " is the help desk's ticket sidebar, and this card is not on tickets. Add "
                + "@ObjectType(CrmObjectType.TICKETS) to objectTypes, or remove " + l + ".",
            type, card, item.position());
      }
      locations.add(l);
    }
    return List.copyOf(locations);
  }

  private static Optional<CardLocation> location(String name) {
    for (CardLocation l : CardLocation.values()) {
      if (l.name().equals(name)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The wire names of the sortable properties; reports {@code sortable} written on a card that is
   * not a TABLE, and a sortable name that a sort would read as descending order.
   */
  private List<String> sortable(List<PropertyModel> properties, boolean table) {
    List<String> names = new ArrayList<>();
    for (PropertyModel p : properties) {
      Optional<CardPropertyGem> gem = Annotations.cardProperty(p.member().element());
      if (gem.isEmpty()) {
        continue;
      }
      if (!table && gem.get().sortable().getAnnotationValue() != null) {
        reporter.error(
            "sortable is for the columns of a TABLE card; this card's layout is TILES. Remove sortable "
                + "from '" + p.member().javaName() + "', or set @CrmCard(layout = CardLayout.TABLE).",
            p.member().element(), gem.get().mirror(), gem.get().sortable().getAnnotationValue());
      } else if (table && gem.get().sortable().get()) {
        if (p.name().startsWith(CardViews.DESCENDING)) {
          String ascending = p.name().substring(CardViews.DESCENDING.length());
          reporter.error(
              "Property name \"" + p.name() + "\" starts with \"" + CardViews.DESCENDING + "\", which a sort reads"
                  + " as descending order: sort=" + p.name() + " sorts by \"" + ascending + "\" descending, so this"
                  + " column could never be sorted ascending. Rename it without the leading \""
                  + CardViews.DESCENDING + "\", or remove sortable from '" + p.member().javaName() + "'.",
              p.member().element(), gem.get().mirror(), gem.get().name().getAnnotationValue());
        }
        names.add(p.name());
      }
    }
    return List.copyOf(names);
  }
}

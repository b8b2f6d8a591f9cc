package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.APP_CARD_ONLY;

import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what a TABLE answer adds beside {@code results} (API.md §9): {@code total}, a whole
 * number of objects, and {@code summary}, an object holding the view's figures as numbers and its
 * charts as arrays of points. Only crmcards' card UI reads them.
 */
final class TableAnswerCheck {
  private TableAnswerCheck() {}

  static void check(CardView view, JsonValue response, Problems problems) {
    JsonPath root = JsonPath.ROOT;
    JsonValue total = response.path(CardViews.TOTAL);
    if (!total.isAbsent() && !(total.isIntegralNumber() && !total.text().startsWith("-"))) {
      problems.error(
          root.key(CardViews.TOTAL), APP_CARD_ONLY,
          "must be the number of objects on all pages, a whole number of at least 0; got " + Describe.of(total));
    }
    JsonValue summary = response.path(CardViews.SUMMARY);
    if (summary.isAbsent()) {
      return;
    }
    JsonPath at = root.key(CardViews.SUMMARY);
    if (!summary.isObject()) {
      problems.error(at, APP_CARD_ONLY, "must be an object of the summary's figures and charts; got " + Describe.of(summary));
      return;
    }
    if (!view.hasSummary()) {
      problems.warning(at, APP_CARD_ONLY, "the card's view has no summary, so crmcards' card UI ignores it");
      return;
    }
    List<String> statistics = view.statistics();
    Set<String> known = new HashSet<>(statistics);
    for (String name : statistics) {
      JsonValue figure = summary.path(name);
      if (!figure.isAbsent() && !figure.isNumber()) {
        problems.error(at.key(name), APP_CARD_ONLY, "a figure must be a JSON number; got " + Describe.of(figure));
      }
    }
    for (CardView.Chart chart : view.charts()) {
      known.add(chart.name());
      JsonValue points = summary.path(chart.name());
      if (points.isAbsent()) {
        continue;
      }
      if (!points.isArray()) {
        problems.error(at.key(chart.name()), APP_CARD_ONLY, "a chart must be an array of points; got " + Describe.of(points));
        continue;
      }
      for (int i = 0; i < points.size(); i++) {
        JsonValue point = points.get(i);
        JsonPath p = at.key(chart.name()).index(i);
        if (!point.isObject()) {
          problems.error(p, APP_CARD_ONLY, "a point must be an object with \"" + chart.x() + "\" and \"" + chart.y() + "\"");
          continue;
        }
        JsonValue y = point.path(chart.y());
        if (!y.isNull() && !y.isNumber()) {
          problems.error(p.key(chart.y()), APP_CARD_ONLY, "a point's y must be a JSON number; got " + Describe.of(y));
        }
      }
    }
    for (String key : summary.members().keySet()) {
      if (!known.contains(key)) {
        problems.warning(
            at.key(key), APP_CARD_ONLY, "is no figure or chart of the card's summary (" + String.join(", ", known)
                + "); crmcards' card UI ignores it");
      }
    }
  }
}

package dev.crmcards.rules.check;

import static dev.crmcards.rules.check.Clients.APP_CARD_ONLY;

import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.ValueFormats;
import dev.crmcards.rules.json.JsonValue;
import dev.crmcards.rules.problem.Describe;
import dev.crmcards.rules.problem.JsonPath;
import dev.crmcards.rules.problem.Problems;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a TABLE answer adds beside {@code results} (API.md §9): {@code total}, a whole
 * number of objects, and {@code summary}, an object holding the view's figures as plain decimal
 * strings, as a column value of their type travels, and its charts as arrays of points. Only crmcards' card UI reads them.
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
    Map<String, String> statistics = view.statistics();
    Set<String> known = new HashSet<>(statistics.keySet());
    statistics.forEach((name, type) -> figure(summary.path(name), type, at.key(name), problems));
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

  /**
   * A figure travels as a column value of its type does, a JSON string of its plain digits, so the
   * card shows {@code "1234.50"} and {@code "9007199254740993"} as the column would. A JSON number
   * still shows, but may have lost digits on the way: past 2^53, and a decimal's trailing zeros.
   */
  private static void figure(JsonValue figure, String type, JsonPath path, Problems problems) {
    if (figure.isAbsent()) {
      return;
    }
    if (figure.isNumber()) {
      problems.warning(
          path, APP_CARD_ONLY,
          "a figure travels as a JSON string of its digits, as a " + type + " column value does: send \""
              + new BigDecimal(figure.text()).toPlainString()
              + "\"; as a JSON number it loses digits past 2^53 and a decimal's trailing zeros");
    } else if (!figure.isString()) {
      problems.error(
          path, APP_CARD_ONLY, "a figure must be a JSON string of its digits, such as \"1234.50\"; got " + Describe.of(figure));
    } else {
      ValueFormats.problem(type, figure.text()).ifPresent(message -> problems.error(path, APP_CARD_ONLY, message));
    }
  }
}

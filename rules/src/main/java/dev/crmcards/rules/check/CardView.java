package dev.crmcards.rules.check;

import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A card's view as the processor writes it ({@code META-INF/crmcards/views/<name>.json}), read
 * leniently, for judging answers and for placing the card in a HubSpot project: the layout and
 * locations, a TABLE's page size, its forms, the currency codes of CURRENCY properties,
 * and the names of the summary's figures and charts with the x and y of each chart. A missing part
 * reads as the default.
 */
public final class CardView {
  /** A chart of the summary: its key in the answer's {@code summary}, and its points' keys. */
  public record Chart(String name, String x, String xType, String y) {}

  private final JsonValue json;

  private CardView(JsonValue json) {
    this.json = json;
  }

  /**
   * The view file's text; a byte order mark at its start is skipped.
   *
   * @throws dev.crmcards.rules.json.JsonSyntaxException if the text is not JSON
   */
  public static CardView parse(String viewJson) {
    return new CardView(JsonReader.parseFile(viewJson));
  }

  /** Whether the file holds a JSON object, as a view is. */
  public boolean isObject() {
    return json.isObject();
  }

  /**
   * The layout as written; {@link CardViews#TILES} when there is none, and "" when it is not text
   * (an object or an array), which no layout is.
   */
  public String layout() {
    JsonValue layout = json.path("layout");
    return layout.isAbsent() ? CardViews.TILES : layout.text("");
  }

  public boolean isTable() {
    return layout().equals(CardViews.TABLE);
  }

  /** The locations as written, in the file's order; empty when there are none. */
  public List<String> locations() {
    List<String> names = new ArrayList<>();
    for (JsonValue location : json.path("locations").elements()) {
      names.add(location.text());
    }
    return names;
  }

  /** Whether the card has forms. */
  public boolean hasForms() {
    return json.path("forms").size() > 0;
  }

  /**
   * The card's forms, in the file's order; a form written before views said where it is submitted
   * has an empty method and URI, and is submitted nowhere.
   */
  public List<CardForm> forms() {
    List<CardForm> forms = new ArrayList<>();
    json.path("forms").members().forEach((id, form) -> {
      List<String> inputs = new ArrayList<>();
      for (JsonValue input : form.path("inputs").elements()) {
        inputs.add(input.path("name").text());
      }
      forms.add(new CardForm(id, form.path("httpMethod").text(""), form.path("uri").text(""), inputs));
    });
    return forms;
  }

  /** The form a request with {@code method} to {@code url} (without query) submits, if any. */
  public Optional<CardForm> formSubmittedAs(String method, String url) {
    return forms().stream().filter(form -> form.isSubmittedAs(method, url)).findFirst();
  }

  /** The rows of a TABLE page when the request names no page size. */
  public int pageSize() {
    return writtenPageSize().orElse(CardViews.DEFAULT_PAGE_SIZE);
  }

  /** The page size as written, when it is a whole number an {@code int} holds. */
  private OptionalInt writtenPageSize() {
    JsonValue size = json.path("pageSize");
    try {
      return size.isIntegralNumber() ? OptionalInt.of(Integer.parseInt(size.text())) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * The page size as written, when it is not one the server accepts (a whole number from {@link
   * CardViews#MIN_PAGE_SIZE} to {@link CardViews#MAX_PAGE_SIZE}); empty when it is, or when there
   * is none (missing or null). A card would ask for it on every page, and be refused every time.
   */
  public Optional<String> refusedPageSize() {
    JsonValue size = json.path("pageSize");
    OptionalInt rows = writtenPageSize();
    boolean accepted =
        size.isAbsent()
            || rows.isPresent() && rows.getAsInt() >= CardViews.MIN_PAGE_SIZE && rows.getAsInt() <= CardViews.MAX_PAGE_SIZE;
    return accepted ? Optional.empty() : Optional.of(size.toString());
  }

  /**
   * The currency code of each card-defined CURRENCY property that has one, by the property's name,
   * in the file's order; a code that is not text is left out. The definition has no place for it.
   */
  public Map<String, String> currencyCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    json.path("currencyCodes").members().forEach((name, code) -> {
      if (code.isString()) {
        codes.put(name, code.text());
      }
    });
    return codes;
  }

  public boolean hasSummary() {
    return json.path("summary").isObject();
  }

  /**
   * The summary's figures, in order: each name with its data type (NUMERIC or CURRENCY; NUMERIC
   * where the view names none, as a property's type defaults).
   */
  public Map<String, String> statistics() {
    Map<String, String> figures = new LinkedHashMap<>();
    for (JsonValue s : json.path("summary").path("statistics").elements()) {
      String type = s.path("type").text();
      figures.put(s.path("name").text(), type == null || type.isEmpty() ? DataTypes.NUMERIC : type);
    }
    return figures;
  }

  public List<Chart> charts() {
    List<Chart> charts = new ArrayList<>();
    for (JsonValue c : json.path("summary").path("charts").elements()) {
      charts.add(new Chart(c.path("name").text(), c.path("x").text(), c.path("xType").text(), c.path("y").text()));
    }
    return charts;
  }
}

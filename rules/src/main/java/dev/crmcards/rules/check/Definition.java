package dev.crmcards.rules.check;

import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A card definition as the cards API takes it, read leniently: a missing or mistyped part reads
 * as empty, so a check can still look at a response for a definition {@link DefinitionCheck}
 * rejects.
 */
public final class Definition {
  /** One {@code display.properties} entry. */
  public record DisplayProperty(String name, String label, String dataType, List<StatusOption> options) {
    public DisplayProperty {
      options = List.copyOf(options);
    }

    public Optional<StatusOption> option(String optionName) {
      return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    public List<String> optionNames() {
      return options.stream().map(StatusOption::name).toList();
    }
  }

  /** One option of a STATUS display property. */
  public record StatusOption(String name, String label, String type) {}

  /** One {@code fetch.objectTypes} entry. */
  public record ObjectType(String name, List<String> propertiesToSend) {
    public ObjectType {
      propertiesToSend = List.copyOf(propertiesToSend);
    }
  }

  private final JsonValue json;
  private final CardView view;

  private Definition(JsonValue json, CardView view) {
    this.json = json;
    this.view = view;
  }

  /** @throws dev.crmcards.rules.json.JsonSyntaxException if the text is not JSON */
  public static Definition parse(String definitionJson) {
    return new Definition(JsonReader.parse(definitionJson), null);
  }

  public static Definition of(JsonValue json) {
    return new Definition(json, null);
  }

  /** This definition with the card's view beside it, so that answers are judged as its layout asks. */
  public Definition withView(CardView view) {
    return new Definition(json, view);
  }

  /** The card's view; empty when none was found, and the card is judged as legacy tiles. */
  public Optional<CardView> view() {
    return Optional.ofNullable(view);
  }

  public JsonValue json() {
    return json;
  }

  public String title() {
    return json.path("title").text();
  }

  public String targetUrl() {
    return json.path("fetch").path("targetUrl").text();
  }

  public List<ObjectType> objectTypes() {
    List<ObjectType> types = new ArrayList<>();
    for (JsonValue type : json.path("fetch").path("objectTypes").elements()) {
      types.add(new ObjectType(type.path("name").text(), texts(type.path("propertiesToSend"))));
    }
    return types;
  }

  public List<DisplayProperty> displayProperties() {
    List<DisplayProperty> properties = new ArrayList<>();
    for (JsonValue property : json.path("display").path("properties").elements()) {
      List<StatusOption> options = new ArrayList<>();
      for (JsonValue option : property.path("options").elements()) {
        options.add(new StatusOption(option.path("name").text(), option.path("label").text(), option.path("type").text()));
      }
      properties.add(
          new DisplayProperty(
              property.path("name").text(), property.path("label").text(), property.path("dataType").text(), options));
    }
    return properties;
  }

  public Optional<DisplayProperty> displayProperty(String name) {
    return displayProperties().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public List<String> displayPropertyNames() {
    return displayProperties().stream().map(DisplayProperty::name).toList();
  }

  public List<String> baseUrls() {
    return texts(json.path("actions").path("baseUrls"));
  }

  private static List<String> texts(JsonValue array) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : array.elements()) {
      out.add(v.text());
    }
    return out;
  }
}

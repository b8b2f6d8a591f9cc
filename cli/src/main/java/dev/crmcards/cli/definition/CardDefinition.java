package dev.crmcards.cli.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmcards.rules.check.Definition;
import dev.crmcards.rules.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One card definition as HubSpot's cards API takes it, with the exact bytes it was read from.
 * The accessors are lenient: a missing or mistyped part reads as empty, so that tools can work
 * with a definition that {@link dev.crmcards.rules.check.DefinitionCheck} rejects and report the
 * problem themselves.
 */
public final class CardDefinition {
  private final String name;
  private final String source;
  private final byte[] bytes;
  private final JsonNode json;
  private final Definition rules;

  /**
   * @param name the card's name: its file name without {@code .json}
   * @param source where it was read from, for messages
   * @param bytes the file's content
   * @param json the parsed content
   */
  public CardDefinition(String name, String source, byte[] bytes, JsonNode json) {
    this.name = name;
    this.source = source;
    this.bytes = bytes.clone();
    this.json = json;
    this.rules = Definition.of(JsonReader.parse(new String(bytes, StandardCharsets.UTF_8)));
  }

  public String name() {
    return name;
  }

  /** The file (or jar entry) the definition came from. */
  public String source() {
    return source;
  }

  /** The definition file exactly as read. */
  public byte[] bytes() {
    return bytes.clone();
  }

  public JsonNode json() {
    return json;
  }

  /** The same definition as the rules' checks read it. */
  public Definition rules() {
    return rules;
  }

  public String title() {
    return json.path("title").asText("");
  }

  public String targetUrl() {
    return json.path("fetch").path("targetUrl").asText("");
  }

  public List<CardObjectType> objectTypes() {
    List<CardObjectType> types = new ArrayList<>();
    for (JsonNode type : json.path("fetch").path("objectTypes")) {
      List<String> properties = new ArrayList<>();
      for (JsonNode property : type.path("propertiesToSend")) {
        properties.add(property.asText());
      }
      types.add(new CardObjectType(type.path("name").asText(""), properties));
    }
    return types;
  }

  /** The object type with this definition name (such as {@code contacts}), if the card has it. */
  public Optional<CardObjectType> objectType(String definitionName) {
    return objectTypes().stream().filter(t -> t.name().equals(definitionName)).findFirst();
  }

  public List<DisplayProperty> displayProperties() {
    List<DisplayProperty> properties = new ArrayList<>();
    for (JsonNode property : json.path("display").path("properties")) {
      List<StatusOption> options = new ArrayList<>();
      for (JsonNode option : property.path("options")) {
        options.add(
            new StatusOption(
                option.path("name").asText(""),
                option.path("label").asText(""),
                option.path("type").asText("")));
      }
      properties.add(
          new DisplayProperty(
              property.path("name").asText(""),
              property.path("label").asText(""),
              property.path("dataType").asText(""),
              options));
    }
    return properties;
  }

  /** The display property with this name, if the card defines it. */
  public Optional<DisplayProperty> displayProperty(String propertyName) {
    return displayProperties().stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }

  public List<String> baseUrls() {
    List<String> urls = new ArrayList<>();
    for (JsonNode url : json.path("actions").path("baseUrls")) {
      urls.add(url.asText());
    }
    return urls;
  }

  @Override
  public String toString() {
    return "CardDefinition[" + name + " from " + source + "]";
  }
}

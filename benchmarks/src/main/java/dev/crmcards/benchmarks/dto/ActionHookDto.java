package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code "type":"ACTION_HOOK"}: a signed request to {@code uri}. */
@CompiledJson(
    objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL,
    discriminator = "type",
    name = "ACTION_HOOK")
@JsonPropertyOrder({"type", "httpMethod", "associatedObjectProperties", "uri", "label"})
public final class ActionHookDto implements ActionDto {
  /** Jackson writes this field; dsl-json writes the class's discriminator instead. */
  @JsonProperty("type")
  @JsonAttribute(ignore = true)
  public String type = "ACTION_HOOK";

  @JsonProperty("httpMethod")
  @JsonAttribute(index = 2)
  public String httpMethod;

  @JsonProperty("associatedObjectProperties")
  @JsonAttribute(index = 3, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public List<String> associatedObjectProperties = List.of();

  @JsonProperty("uri")
  @JsonAttribute(index = 4)
  public String uri;

  @JsonProperty("label")
  @JsonAttribute(index = 5)
  public String label;
}

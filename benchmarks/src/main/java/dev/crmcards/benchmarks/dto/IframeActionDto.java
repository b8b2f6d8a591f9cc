package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code "type":"IFRAME"}: opens {@code uri} in a modal. */
@CompiledJson(
    objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL,
    discriminator = "type",
    name = "IFRAME")
@JsonPropertyOrder({"type", "width", "height", "uri", "label", "associatedObjectProperties"})
public final class IframeActionDto implements ActionDto {
  /** Jackson writes this field; dsl-json writes the class's discriminator instead. */
  @JsonProperty("type")
  @JsonAttribute(ignore = true)
  public String type = "IFRAME";

  @JsonProperty("width")
  @JsonAttribute(index = 2)
  public int width;

  @JsonProperty("height")
  @JsonAttribute(index = 3)
  public int height;

  @JsonProperty("uri")
  @JsonAttribute(index = 4)
  public String uri;

  @JsonProperty("label")
  @JsonAttribute(index = 5)
  public String label;

  @JsonProperty("associatedObjectProperties")
  @JsonAttribute(index = 6, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public List<String> associatedObjectProperties = List.of();
}

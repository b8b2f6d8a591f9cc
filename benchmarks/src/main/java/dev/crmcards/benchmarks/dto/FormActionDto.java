package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code "type":"FORM"}: opens the card's form {@code id}; submitting it sends {@code uri}. */
@CompiledJson(
    objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL,
    discriminator = "type",
    name = "FORM")
@JsonPropertyOrder({"type", "id", "httpMethod", "uri", "label"})
public final class FormActionDto implements ActionDto {
  /** Jackson writes this field; dsl-json writes the class's discriminator instead. */
  @JsonProperty("type")
  @JsonAttribute(ignore = true)
  public String type = "FORM";

  @JsonProperty("id")
  @JsonAttribute(index = 2)
  public String id;

  @JsonProperty("httpMethod")
  @JsonAttribute(index = 3)
  public String httpMethod;

  @JsonProperty("uri")
  @JsonAttribute(index = 4)
  public String uri;

  @JsonProperty("label")
  @JsonAttribute(index = 5)
  public String label;
}

package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code "type":"CONFIRMATION_ACTION_HOOK"}: an action hook the user confirms first. */
@CompiledJson(
    objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL,
    discriminator = "type",
    name = "CONFIRMATION_ACTION_HOOK")
@JsonPropertyOrder({
  "type",
  "confirmationMessage",
  "confirmButtonText",
  "cancelButtonText",
  "httpMethod",
  "associatedObjectProperties",
  "uri",
  "label"
})
public final class ConfirmationActionHookDto implements ActionDto {
  /** Jackson writes this field; dsl-json writes the class's discriminator instead. */
  @JsonProperty("type")
  @JsonAttribute(ignore = true)
  public String type = "CONFIRMATION_ACTION_HOOK";

  @JsonProperty("confirmationMessage")
  @JsonAttribute(index = 2)
  public String confirmationMessage;

  @JsonProperty("confirmButtonText")
  @JsonAttribute(index = 3)
  public String confirmButtonText;

  @JsonProperty("cancelButtonText")
  @JsonAttribute(index = 4)
  public String cancelButtonText;

  @JsonProperty("httpMethod")
  @JsonAttribute(index = 5)
  public String httpMethod;

  @JsonProperty("associatedObjectProperties")
  @JsonAttribute(index = 6, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public List<String> associatedObjectProperties = List.of();

  @JsonProperty("uri")
  @JsonAttribute(index = 7)
  public String uri;

  @JsonProperty("label")
  @JsonAttribute(index = 8)
  public String label;
}

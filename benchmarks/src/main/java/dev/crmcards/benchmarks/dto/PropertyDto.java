package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An extra property of one object; values are in HubSpot's string form. */
@CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"label", "dataType", "value", "currencyCode", "linkLabel", "optionType"})
public final class PropertyDto {
  @JsonProperty("label")
  @JsonAttribute(index = 1)
  public String label;

  @JsonProperty("dataType")
  @JsonAttribute(index = 2)
  public String dataType;

  @JsonProperty("value")
  @JsonAttribute(index = 3)
  public String value;

  /** CURRENCY only. */
  @JsonProperty("currencyCode")
  @JsonAttribute(index = 4)
  public String currencyCode;

  /** LINK only. */
  @JsonProperty("linkLabel")
  @JsonAttribute(index = 5)
  public String linkLabel;

  /** STATUS only. */
  @JsonProperty("optionType")
  @JsonAttribute(index = 6)
  public String optionType;
}

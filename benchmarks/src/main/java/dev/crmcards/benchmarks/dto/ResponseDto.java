package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The whole data-fetch response. */
@CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"results", "settingsAction", "primaryAction", "secondaryActions"})
public final class ResponseDto {
  @JsonProperty("results")
  @JsonAttribute(index = 1)
  public List<ResultDto> results;

  @JsonProperty("settingsAction")
  @JsonAttribute(index = 2)
  public IframeActionDto settingsAction;

  @JsonProperty("primaryAction")
  @JsonAttribute(index = 3)
  public ActionDto primaryAction;

  /** Null when there are none, so that the key is left out. */
  @JsonProperty("secondaryActions")
  @JsonAttribute(index = 4)
  public List<ActionDto> secondaryActions;
}

package dev.crmcards.benchmarks.dto;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** One object of the card: a bug ticket with its card properties and actions. */
@CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "objectId",
  "title",
  "link",
  "created",
  "priority",
  "project",
  "reported_by",
  "description",
  "reporter_type",
  "status",
  "ticket_type",
  "updated",
  "properties",
  "actions"
})
public final class ResultDto {
  @JsonProperty("objectId")
  @JsonAttribute(index = 1)
  public long objectId;

  @JsonProperty("title")
  @JsonAttribute(index = 2)
  public String title;

  /** Written as {@code null} when absent, as HubSpot asks. */
  @JsonProperty("link")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonAttribute(index = 3, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public URI link;

  @JsonProperty("created")
  @JsonAttribute(index = 4)
  public LocalDate created;

  @JsonProperty("priority")
  @JsonAttribute(index = 5)
  public String priority;

  @JsonProperty("project")
  @JsonAttribute(index = 6)
  public String project;

  @JsonProperty("reported_by")
  @JsonAttribute(index = 7, name = "reported_by")
  public String reportedBy;

  @JsonProperty("description")
  @JsonAttribute(index = 8)
  public String description;

  @JsonProperty("reporter_type")
  @JsonAttribute(index = 9, name = "reporter_type")
  public String reporterType;

  @JsonProperty("status")
  @JsonAttribute(index = 10)
  public String status;

  @JsonProperty("ticket_type")
  @JsonAttribute(index = 11, name = "ticket_type")
  public String ticketType;

  @JsonProperty("updated")
  @JsonAttribute(index = 12)
  public LocalDate updated;

  /** Null when the object has no extra properties, so that the key is left out. */
  @JsonProperty("properties")
  @JsonAttribute(index = 13)
  public List<PropertyDto> properties;

  @JsonProperty("actions")
  @JsonAttribute(index = 14, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public List<ActionDto> actions;
}

package dev.crmcards.benchmarks.table;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import dev.crmcards.benchmarks.dto.ActionDto;
import java.time.LocalDate;
import java.util.List;

/** One row of the orders table; numbers HubSpot wants as strings are strings here already. */
@CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
public final class OrderRowDto {
  @JsonAttribute(index = 1)
  public long objectId;

  @JsonAttribute(index = 2)
  public String title;

  @JsonAttribute(index = 3, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public String link;

  @JsonAttribute(index = 4)
  public LocalDate placed;

  @JsonAttribute(index = 5)
  public String customer;

  @JsonAttribute(index = 6)
  public String items;

  @JsonAttribute(index = 7)
  public String total;

  @JsonAttribute(index = 8)
  public String state;

  @JsonAttribute(index = 9, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public List<ActionDto> actions;
}

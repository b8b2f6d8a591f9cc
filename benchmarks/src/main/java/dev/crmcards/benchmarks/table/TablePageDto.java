package dev.crmcards.benchmarks.table;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.util.List;

/** A TABLE page of the example's orders card, as data classes for dsl-json: rows, total, summary. */
@CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
public final class TablePageDto {
  @JsonAttribute(index = 1, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public List<OrderRowDto> results;

  @JsonAttribute(index = 2, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public long total;

  @JsonAttribute(index = 3)
  public OrderSummaryDto summary;
}

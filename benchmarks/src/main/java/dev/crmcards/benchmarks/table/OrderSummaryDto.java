package dev.crmcards.benchmarks.table;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.util.List;

/**
 * The orders table's summary: statistics as strings of their digits, as crmcards sends a figure
 * (and a column value), the chart as its points.
 */
@CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
public final class OrderSummaryDto {
  @JsonAttribute(index = 1, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public String orders;

  @JsonAttribute(index = 2, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public String open;

  @JsonAttribute(index = 3)
  public String revenue;

  @JsonAttribute(index = 4)
  public List<MonthCountDto> perMonth;

  /** One bar of the chart. */
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class MonthCountDto {
    @JsonAttribute(index = 1)
    public String month;

    @JsonAttribute(index = 2, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
    public long orders;
  }
}

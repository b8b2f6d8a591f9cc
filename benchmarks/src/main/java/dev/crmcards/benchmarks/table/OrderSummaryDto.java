package dev.crmcards.benchmarks.table;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.math.BigDecimal;
import java.util.List;

/** The orders table's summary: statistics as JSON numbers, the chart as its points. */
@CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
public final class OrderSummaryDto {
  @JsonAttribute(index = 1, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public long orders;

  @JsonAttribute(index = 2, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
  public long open;

  @JsonAttribute(index = 3)
  public BigDecimal revenue;

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

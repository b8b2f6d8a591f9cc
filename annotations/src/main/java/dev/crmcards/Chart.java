package dev.crmcards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A chart of a card's summary ({@link CrmCard#summary()}), drawn with HubSpot's {@code BarChart}
 * or {@code LineChart} above the card's objects. The member is a {@code List<R>} of points;
 * {@link #x()} and {@link #y()} name members of {@code R}. A point whose x or y is null, or a
 * {@code double} or {@code float} that is NaN or infinite, is sent as null there and not drawn.
 * A null list leaves the chart out; a null point in it is the handler's mistake, a 500 whose log
 * names the member.
 *
 * <pre>{@code
 * public record OrderSummary(
 *     @Chart(label = "Orders per month", type = ChartType.BAR, x = "month", y = "orders")
 *         List<MonthCount> perMonth) {}
 *
 * public record MonthCount(String month, long orders) {}
 * }</pre>
 *
 * <p>Orders by status, an enum, are bars per status, each labelled as a form would label it:
 *
 * <pre>{@code
 * public record StatusSummary(
 *     @Chart(label = "Orders by status", type = ChartType.BAR, x = "status", y = "orders")
 *         List<StatusCount> byStatus) {}
 *
 * public record StatusCount(OrderState status, long orders) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Chart {
  /**
   * The chart's title. Not blank.
   * Required; the empty default only lets the processor report it missing.
   */
  String label() default "";

  /** Bars or a line. */
  ChartType type();

  /**
   * The member of each point that gives its position along the x axis: a {@code String} or an
   * enum (a category), a {@code LocalDate} or a number. An enum's constant is shown as its label,
   * the text a form's option of it shows: its {@link OptionLabel}, else its name in words
   * ({@code IN_PROGRESS} as "In progress"). The enum must be one the card's generated class can
   * name (public, or in the card's package, and not private) and have constants.
   * Required; the empty default only lets the processor report it missing.
   */
  String x() default "";

  /**
   * The member of each point that gives its value: a number.
   * Required; the empty default only lets the processor report it missing.
   */
  String y() default "";
}

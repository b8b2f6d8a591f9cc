package dev.crmcards;

/** The kind of chart a {@link Chart} member is drawn as. */
public enum ChartType {
  /** HubSpot's {@code BarChart}: one bar per point. */
  BAR,
  /** HubSpot's {@code LineChart}: the points joined in order. */
  LINE
}

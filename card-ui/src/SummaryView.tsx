import { BarChart, Flex, LineChart, Statistics, StatisticsItem } from '@hubspot/ui-extensions';
import type { ChartDataRow } from '@hubspot/ui-extensions';

import { ownValue } from './ownValues';
import type { Formatting } from './PropertyValue';
import { formatCurrency, formatNumber } from './values';
import type { ChartShape, StatisticShape, SummaryShape } from './viewTypes';

interface SummaryViewProps {
  shape: SummaryShape;
  /** The answer's `summary`: each figure and each chart's points under its member's name. */
  values: Record<string, unknown>;
  formatting: Formatting;
}

/**
 * The summary above a TABLE: its figures as HubSpot's Statistics, then each chart. A figure or
 * chart the answer has no value for is left out rather than shown as zero.
 */
export function SummaryView({ shape, values, formatting }: SummaryViewProps) {
  // Each member's value read once, kept with its shape, and typed by the check that keeps it.
  const statistics = (shape.statistics ?? []).flatMap((statistic) => {
    const value = ownValue(values, statistic.name);
    return isFigure(value) ? [{ statistic, value }] : [];
  });
  const charts = (shape.charts ?? []).flatMap((chart) => {
    const points = ownValue(values, chart.name);
    return Array.isArray(points) ? [{ chart, points: points as unknown[] }] : [];
  });
  if (statistics.length === 0 && charts.length === 0) {
    return null;
  }
  return (
    <Flex direction="column" gap="sm">
      {statistics.length > 0 && (
        <Statistics testId="statistics">
          {statistics.map(({ statistic, value }) => (
            <StatisticsItem
              key={statistic.name}
              testId={`statistic-${statistic.name}`}
              id={statistic.name}
              label={statistic.label}
              number={figure(statistic, value, formatting)}
            />
          ))}
        </Statistics>
      )}
      {charts.map(({ chart, points }) => (
        <Chart key={chart.name} chart={chart} points={points} />
      ))}
    </Flex>
  );
}

function Chart({ chart, points }: { chart: ChartShape; points: unknown[] }) {
  const props = {
    testId: `chart-${chart.name}`,
    data: chartRows(chart, points),
    axes: {
      x: { field: chart.x, fieldType: chart.xType },
      y: { field: chart.y, fieldType: 'linear' as const },
    },
    options: { title: chart.label, showTooltips: true },
  };
  return chart.type === 'LINE' ? <LineChart {...props} /> : <BarChart {...props} />;
}

function isFigure(value: unknown): value is string | number {
  return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '');
}

/** A figure as its data type reads in the user's locale, as a property of that type does in a tile. */
function figure(statistic: StatisticShape, value: string | number, formatting: Formatting): string {
  return statistic.type === 'CURRENCY'
    ? formatCurrency(value, formatting.locale, statistic.currencyCode)
    : formatNumber(value, formatting.locale);
}

/**
 * The points HubSpot's charts take: the x and y of each point, in the order sent; points without a
 * number for y are dropped. A date stays the `yyyy-mm-dd` text the server sent, the form HubSpot's
 * own examples give a datetime axis: made into an instant here, it would take a time zone the
 * chart may not show it in, and land on the day before or after.
 */
function chartRows(chart: ChartShape, points: unknown[]): ChartDataRow[] {
  const rows: ChartDataRow[] = [];
  for (const point of points) {
    if (!point || typeof point !== 'object') {
      continue;
    }
    const x = ownValue(point, chart.x);
    const y = pointNumber(ownValue(point, chart.y));
    if ((typeof x !== 'string' && typeof x !== 'number') || !Number.isFinite(y)) {
      continue;
    }
    rows.push({ [chart.x]: x, [chart.y]: y });
  }
  return rows;
}

/**
 * A point's y as a number; NaN when it has none. The server sends null for a missing y and for
 * one JSON cannot hold, and Number(null) would draw those as 0.
 */
function pointNumber(value: unknown): number {
  return isFigure(value) ? Number(value) : NaN;
}

/** An answer's summary, when the server sent one: its figures and charts by member name. */
export function isSummary(summary: unknown): summary is Record<string, unknown> {
  return typeof summary === 'object' && summary !== null && !Array.isArray(summary);
}

/**
 * Renders a generated TABLE card with HubSpot's test renderer against the real card server, as
 * generatedCard.test.tsx does for the tiles (signedFetch.ts). Pages, sorts and searches it, and
 * reads its summary.
 *
 * CRMCARDS_TABLE_ENTRY: the generated entry point of the card on its record tab;
 * CRMCARDS_TABLE_EXPORT: its component. Its definition and view sit beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type {
  CrmContext,
  SortedTableHeaderProps,
  TablePaginatedProps,
} from '@hubspot/ui-extensions';
import {
  BarChart,
  LineChart,
  Link,
  SearchInput,
  StatisticsItem,
  Table,
  TableCell,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { createRenderer, type RenderedElementNode } from '@hubspot/ui-extensions/testing';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';

import { env, forwardFetches } from './signedFetch';


interface Row {
  objectId: number;
  title: string;
  [property: string]: unknown;
}

interface View {
  sortable: string[];
  summary: {
    statistics: Array<{ name: string; label: string }>;
    charts: Array<{ name: string; type: 'BAR' | 'LINE'; x: string; y: string }>;
  };
}

type Summary = Record<string, unknown>;

/** What each data fetch asked for and the server answered, in order. */
const fetches: Array<{ query: URLSearchParams; results: Row[]; total?: number; summary?: Summary }> = [];

forwardFetches(({ url, method, status, text }) => {
  if (method === 'GET' && status === 200) {
    const body = JSON.parse(text) as { results: Row[]; total?: number; summary?: Summary };
    fetches.push({ query: new URL(url).searchParams, results: body.results, total: body.total, summary: body.summary });
  }
});

const context = {
  location: 'crm.record.tab',
  user: { id: 12345, email: 'loggedinuser@hubspot.com', locale: 'en-US' },
  portal: { id: 987654, timezone: 'UTC' },
  crm: { objectId: 53701, objectTypeId: '0-2' },
} as unknown as CrmContext;

const WAIT = { timeoutInMs: 10000 };

async function renderTable() {
  fetches.length = 0;
  const module = await import(env('CRMCARDS_TABLE_ENTRY'));
  const Card = module[env('CRMCARDS_TABLE_EXPORT')] as ComponentType<{ context: CrmContext; actions: unknown }>;
  const renderer = createRenderer('crm.record.tab');
  const { actions } = renderer.mocks;
  actions.fetchCrmObjectProperties.willCall(async (names) =>
    Object.fromEntries((names === '*' ? [] : names).map((name) => [name, `${name} value`])),
  );
  renderer.render(<Card context={context} actions={actions} />);
  await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Table, 'table')).not.toBeNull(), WAIT);
  return renderer;
}

type Card = Awaited<ReturnType<typeof renderTable>>;

const table = (card: Card) =>
  card.findByTestId(Table, 'table') as unknown as RenderedElementNode<TablePaginatedProps>;

const titles = (card: Card) =>
  card.findAll(TableRow).slice(1).map((row) => {
    const cell = row.findAll(TableCell)[0];
    return (cell.maybeFind(Link) ?? cell.find(Text)).text;
  });

const lastFetch = () => fetches[fetches.length - 1];

const entry = process.env.CRMCARDS_TABLE_ENTRY ?? '';
const base = entry.replace(/(Tab)?\.tsx$/, '');
const view = entry ? (JSON.parse(readFileSync(`${base}.view.json`, 'utf8')) as View) : undefined;

describe.skipIf(!entry)(`the generated TABLE card ${path.basename(entry)} against the example server`, () => {
  it('shows page 1 with the statistics and the chart data of the server’s summary', async () => {
    const card = await renderTable();
    expect(lastFetch().query.get('page')).toBe('1');
    expect(titles(card)).toEqual(lastFetch().results.map((r) => r.title));
    const summary = lastFetch().summary!;
    expect(summary).toBeDefined();
    for (const statistic of view!.summary.statistics) {
      const item = card.findByTestId(StatisticsItem, `statistic-${statistic.name}`);
      expect(item.props.label).toBe(statistic.label);
      // Formatted for en-US ("€67,169.47"): the same amount the server sent.
      expect(Number(String(item.props.number).replace(/[^0-9.-]/g, ''))).toBe(Number(summary[statistic.name]));
    }
    for (const chart of view!.summary.charts) {
      const drawn = card.findByTestId(chart.type === 'LINE' ? LineChart : BarChart, `chart-${chart.name}`);
      const points = summary[chart.name] as Array<Record<string, unknown>>;
      expect(points.length).toBeGreaterThan(0);
      expect(drawn.props.data).toEqual(points.map((p) => ({ [chart.x]: p[chart.x], [chart.y]: Number(p[chart.y]) })));
    }
  });

  it('pages to page 2 on the server', async () => {
    const card = await renderTable();
    const first = titles(card);
    const pageSize = Number(lastFetch().query.get('pageSize'));
    expect(table(card).props.pageCount).toBe(Math.ceil(lastFetch().total! / pageSize));
    expect(table(card).props.pageCount).toBeGreaterThan(1);
    table(card).trigger('onPageChange', 2 as never);
    await card.waitFor(() => expect(table(card).props.page).toBe(2), WAIT);
    expect(lastFetch().query.get('page')).toBe('2');
    const second = titles(card);
    expect(second).toEqual(lastFetch().results.map((r) => r.title));
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
  });

  it.each(view?.sortable ?? [])('sorts on the server by %s, descending then ascending', async (property) => {
    const card = await renderTable();
    const header = () =>
      card.findByTestId(TableHeader, `header-${property}`) as unknown as RenderedElementNode<SortedTableHeaderProps>;
    const firstRows: string[][] = [];
    for (const direction of ['descending', 'ascending'] as const) {
      header().trigger('onSortChange', direction as never);
      await card.waitFor(() => expect(header().props.sortDirection).toBe(direction), WAIT);
      const sent = (direction === 'descending' ? '-' : '') + property;
      await card.waitFor(() => expect(lastFetch().query.get('sort')).toBe(sent), WAIT);
      const values = lastFetch().results.map((r) => r[property] as string | number);
      const sorted = [...values].sort((a, b) => compare(a, b) * (direction === 'descending' ? -1 : 1));
      expect(values).toEqual(sorted);
      await card.waitFor(() => expect(titles(card)).toEqual(lastFetch().results.map((r) => r.title)), WAIT);
      firstRows.push(titles(card));
    }
    // The two orders give different first pages: the server sorted, it did not keep its own order.
    expect(firstRows[0]).not.toEqual(firstRows[1]);
  });

  it('searches on the server once the user stops typing', async () => {
    const card = await renderTable();
    table(card).trigger('onPageChange', 2 as never);
    await card.waitFor(() => expect(table(card).props.page).toBe(2), WAIT);
    const wanted = titles(card)[0]!;
    card.findByTestId(SearchInput, 'search').trigger('onInput', wanted as never);
    await card.waitFor(() => expect(lastFetch().query.get('q')).toBe(wanted), WAIT);
    expect(lastFetch().query.get('page')).toBe('1');
    await card.waitFor(() => expect(titles(card)).toContain(wanted), WAIT);
    expect(titles(card)).toEqual(lastFetch().results.map((r) => r.title));
    expect(fetches.filter((f) => f.query.has('q'))).toHaveLength(1);
  });
});

/** Numbers as numbers, dates and text as text. */
function compare(a: string | number, b: string | number): number {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : String(a).localeCompare(String(b));
}

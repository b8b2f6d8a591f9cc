import {
  Alert,
  BarChart,
  Button,
  Dropdown,
  EmptyState,
  ErrorState,
  LineChart,
  Link,
  LoadingSpinner,
  SearchInput,
  Statistics,
  StatisticsItem,
  StatusTag,
  Table,
  TableCell,
  TableHeader,
  TableRow,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import type { SortedTableHeaderProps, TablePaginatedProps } from '@hubspot/ui-extensions';
import type { RenderedElementNode } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';

import { SEARCH_DELAY_MS } from '../src/TableCard';
import { COMPACT_PAGE_SIZE } from '../src/vocabulary';
import type { CardView, LocationName } from '../src/viewTypes';
import { MAX_SEARCH_LENGTH } from '../src/vocabulary';
import { contactContext } from './fixtures';
import { answerFetches, heldAnswers, json, type FetchCall } from './hubspotFetch';
import { ManualTimer } from './manualTimer';
import { renderCard } from './render';
import { allOrders, cancellableOrders, changingOrders, orders, ordersAnswer, ordersView } from './tableFixtures';

function renderOrders(location: LocationName = 'RECORD_TAB', view: CardView = ordersView, timer = new ManualTimer()) {
  const card = renderCard(orders, contactContext, { view, location, searchTimer: timer });
  return Object.assign(card, { timer });
}


type Card = ReturnType<typeof renderOrders>;

/** The table with its paging props (the card always pages). */
const table = (card: Card) =>
  card.findByTestId(Table, 'table') as unknown as RenderedElementNode<TablePaginatedProps>;

const goTo = (card: Card, page: number) => table(card).trigger('onPageChange', page as never);

const header = (card: Card, property: string) =>
  card.findByTestId(TableHeader, `header-${property}`) as unknown as RenderedElementNode<SortedTableHeaderProps>;

const sortBy = (card: Card, property: string, direction: 'ascending' | 'descending') =>
  header(card, property).trigger('onSortChange', direction as never);

const last = <T,>(items: T[]) => items[items.length - 1];

/** Asks to cancel an order of `cancellableOrders` from its row's menu. */
const askToCancel = (card: Card, id: number) =>
  card.findByTestId(Dropdown, `actions-${id}`).findAll(Dropdown.ButtonItem)[2].trigger('onClick');

/** The confirmation the card asks, as it reads. */
const question = (card: Card) => card.findByTestId(Tile, 'confirmation').find(Text).text;

/** The table's parameters of each data fetch, as the server reads them. */
const tableQueries = (calls: FetchCall[]) =>
  calls.map((c) => {
    const query = new URL(c.url).searchParams;
    return Object.fromEntries(['page', 'pageSize', 'sort', 'q'].filter((n) => query.has(n)).map((n) => [n, query.get(n)]));
  });

const rowTitles = (card: Card) =>
  card.findAll(TableRow).slice(1).map((row) => {
    const cell = row.findAll(TableCell)[0];
    return (cell.maybeFind(Link) ?? cell.find(Text)).text;
  });

describe('a TABLE card on a record tab', () => {
  it('asks for page 1 of the card’s page size after the usual parameters', async () => {
    const calls = answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(calls[0].url).toBe(
      'https://shop.example.com/hubspot/orders?userId=12345&userEmail=loggedinuser%40hubspot.com'
        + '&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654&appId=777&page=1&pageSize=10',
    );
  });

  it('shows the title first, then every property in declaration order, drawn as the tiles draw them', async () => {
    answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(card.findAll(TableHeader).map((h) => h.text)).toEqual(['Orders', 'Placed', 'Total', 'State', 'Buyer', 'Actions']);
    expect(card.findByTestId(Link, 'title-1001').props.href).toEqual({ url: 'https://shop.example.com/orders/1001', external: true });
    expect(card.findByTestId(Text, 'title-1002').text).toBe('A-1002');
    expect(card.findByTestId(Text, 'value-1001-placed').text).toBe('Jan 1, 2026');
    expect(card.findByTestId(Text, 'value-1002-total').text).toBe('15.00');
    expect(card.findByTestId(Link, 'value-1001-buyer').props.href).toBe('mailto:buyer0@example.com');
    const state = card.findByTestId(StatusTag, 'value-1001-state');
    expect([state.text, state.props.variant]).toEqual(['Shipped', 'success']);
    expect(card.findByTestId(StatusTag, 'value-1002-state').props.variant).toBe('warning');
    expect(rowTitles(card)).toHaveLength(10);
  });

  it('links a row’s title only to a URL the server would accept', async () => {
    answerFetches(() =>
      json({ results: [{ ...allOrders[0], objectId: 9001, title: 'A-9001', link: 'javascript:alert(1)' }], total: 1 }),
    );
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(card.findByTestId(Text, 'title-9001').text).toBe('A-9001');
    expect(card.findAll(Link).some((link) => JSON.stringify(link.props.href).includes('javascript'))).toBe(false);
  });

  it('puts each row’s actions in a menu that runs them', async () => {
    answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Dropdown, 'actions-1003')).not.toBeNull());
    const items = card.findByTestId(Dropdown, 'actions-1003').findAll(Dropdown.ButtonItem);
    expect(items.map((item) => item.text)).toEqual(['Open', 'Ship']);
    items[0].trigger('onClick');
    expect(card.mocks.actions.openIframeModal.calls[0][0]).toEqual({
      uri: 'https://shop.example.com/ui/1003', width: 600, height: 400, title: 'A-1003: Open',
    });
  });

  it('asks for the same page again after a hook ran', async () => {
    const calls = answerFetches((call) => (call.method === 'POST' ? json({ message: 'Shipped' }) : ordersAnswer(call)));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    goTo(card, 2);
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    card.findByTestId(Dropdown, 'actions-1012').findAll(Dropdown.ButtonItem)[1].trigger('onClick');
    await card.waitFor(() => expect(calls).toHaveLength(5));
    expect(calls[2]).toMatchObject({ method: 'POST', url: 'https://shop.example.com/orders/1012/ship' });
    // The page again, and page 1 (one row) for the summary, which comes with page 1 only.
    expect(tableQueries(calls.slice(3))).toEqual([{ page: '2', pageSize: '10' }, { page: '1', pageSize: '1' }]);
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({ type: 'success', message: 'Shipped' });
  });

  it('asks to confirm a row’s hook naming the row, and forgets the question when the page changes', async () => {
    const calls = answerFetches((call) => ordersAnswer(call, true, cancellableOrders));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    askToCancel(card, 1002);
    expect(question(card)).toBe('A-1002: Cancel order?');

    goTo(card, 2);
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    expect(card.maybeFindByTestId(Tile, 'confirmation')).toBeNull();
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([]);

    // Leaving the search box reports its text again: the same search keeps the question.
    card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-101' as never);
    card.timer.elapse();
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1010'));
    askToCancel(card, 1012);
    card.findByTestId(SearchInput, 'search').trigger('onChange', 'A-101 ' as never);
    card.timer.elapse();
    expect(question(card)).toBe('A-1012: Cancel order?');
  });

  it('keeps the question while a page click is dropped during a new search, and drops it with the rows it was about', async () => {
    const { hold, release } = heldAnswers();
    const calls = answerFetches((call) => {
      const answer = () => ordersAnswer(call, true, cancellableOrders);
      return new URL(call.url).searchParams.has('q') ? hold(answer) : answer();
    });
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-101' as never);
    card.timer.elapse();
    await card.waitFor(() => expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).not.toBeNull());
    askToCancel(card, 1002); // on the rows still on screen

    goTo(card, 2); // dropped: the rows on screen stay, and so does the question about one of them
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([rowTitles(card)[0], question(card)]).toEqual(['A-1001', 'A-1002: Cancel order?']);
    expect(tableQueries(calls).map((q) => q.page)).toEqual(['1', '1']);

    release();
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1010'));
    // The rows it asked about are gone, and so is the question.
    expect(card.maybeFindByTestId(Tile, 'confirmation')).toBeNull();
  });

  it('shows the summary anew after an action on a later page', async () => {
    let open = 15;
    answerFetches((call) => {
      if (call.method === 'POST') {
        open = 14; // shipping an open order
        return json({ message: 'Shipped' });
      }
      const answer = new URL(call.url).searchParams.get('page') === '1'
        ? { results: allOrders.slice(0, 10), total: 23, summary: { open: String(open), revenue: '1234.50', perMonth: [] } }
        : { results: allOrders.slice(10, 20), total: 23 };
      return json(answer);
    });
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(StatisticsItem, 'statistic-open')).not.toBeNull());
    goTo(card, 2);
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    card.findByTestId(Dropdown, 'actions-1012').findAll(Dropdown.ButtonItem)[1].trigger('onClick');
    await card.waitFor(() => expect(card.findByTestId(StatisticsItem, 'statistic-open').props.number).toBe('14'));
    expect(table(card).props.page).toBe(2);
  });

  it('drops the figures when the summary asked anew after an action comes without any', async () => {
    let shipped = false;
    answerFetches((call) => {
      if (call.method === 'POST') {
        shipped = true;
        return json({ message: 'Shipped' });
      }
      const summaryAlone = new URL(call.url).searchParams.get('pageSize') === '1';
      return shipped && summaryAlone ? json({ results: allOrders.slice(0, 1), total: 23 }) : ordersAnswer(call);
    });
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(StatisticsItem, 'statistic-open')).not.toBeNull());
    goTo(card, 2);
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    card.findByTestId(Dropdown, 'actions-1012').findAll(Dropdown.ButtonItem)[1].trigger('onClick');
    await card.waitFor(() => expect(card.maybeFind(StatisticsItem)).toBeNull());
    expect(card.maybeFindByTestId(BarChart, 'chart-perMonth')).toBeNull();
  });

  it('goes back to the last page there is when a hook leaves fewer pages than the one on screen', async () => {
    for (const withTotal of [true, false]) {
      // Shipping takes the last three off the list.
      const { calls } = changingOrders(allOrders, allOrders.slice(0, 20), withTotal);
      const card = renderOrders();
      await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
      goTo(card, 2);
      await card.waitFor(() => expect(table(card).props.page).toBe(2));
      goTo(card, 3);
      await card.waitFor(() => expect(rowTitles(card)).toEqual(['A-1021', 'A-1022', 'A-1023']));

      card.findByTestId(Dropdown, 'actions-1022').findAll(Dropdown.ButtonItem)[1].trigger('onClick');
      await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
      expect([table(card).props.page, table(card).props.pageCount]).toEqual([2, 2]);
      // Page 3 again, the summary's page 1 beside it, then the last page there is.
      expect(tableQueries(calls.filter((c) => c.method === 'GET')).map((q) => q.page))
        .toEqual(['1', '2', '3', '3', '1', '2']);
    }
  });

  it('pages from the total, keeps the page on screen until the next is in, then shows it', async () => {
    const { hold, release } = heldAnswers();
    const calls = answerFetches((call) =>
      new URL(call.url).searchParams.get('page') === '1' ? ordersAnswer(call) : hold(() => ordersAnswer(call)),
    );
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect([table(card).props.paginated, table(card).props.page, table(card).props.pageCount]).toEqual([true, 1, 3]);

    goTo(card, 2);
    await card.waitFor(() => expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).not.toBeNull());
    expect(rowTitles(card)[0]).toBe('A-1001');
    expect(table(card).props.page).toBe(1);
    goTo(card, 2); // "next" again, from the page still on screen: the same page, not asked for again
    await new Promise((resolve) => setTimeout(resolve, 20));

    release();
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).toBeNull();
    expect(table(card).props.page).toBe(2);
    expect(tableQueries(calls)).toEqual([{ page: '1', pageSize: '10' }, { page: '2', pageSize: '10' }]);
  });

  it('sorts on the server from the sortable headers only, back to page 1', async () => {
    const calls = answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(header(card, 'state').props.sortDirection).toBeUndefined();
    expect(header(card, 'total').props.sortDirection).toBe('none');
    goTo(card, 3);
    await card.waitFor(() => expect(rowTitles(card)).toEqual(['A-1021', 'A-1022', 'A-1023']));

    sortBy(card, 'total', 'descending');
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1023'));
    expect(header(card, 'total').props.sortDirection).toBe('descending');
    expect(header(card, 'placed').props.sortDirection).toBe('none');
    expect(table(card).props.page).toBe(1);
    expect(last(tableQueries(calls))).toEqual({ page: '1', pageSize: '10', sort: '-total' });

    sortBy(card, 'total', 'ascending');
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1001'));
    expect(last(tableQueries(calls))).toEqual({ page: '1', pageSize: '10', sort: 'total' });
  });

  it('asks for no search longer than the server reads, and says so in the box', async () => {
    const calls = answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    const longest = 'x'.repeat(MAX_SEARCH_LENGTH);

    card.findByTestId(SearchInput, 'search').trigger('onInput', `${longest}y` as never);
    card.timer.elapse();
    await new Promise((settle) => setTimeout(settle, 20));
    expect(calls).toHaveLength(1);
    const box = card.findByTestId(SearchInput, 'search');
    expect(box.props.error).toBe(true);
    expect(box.props.validationMessage).toBe(`Use at most ${MAX_SEARCH_LENGTH} characters.`);

    // Spaces around it are not sent, so they do not count.
    card.findByTestId(SearchInput, 'search').trigger('onInput', ` ${longest} ` as never);
    expect(card.findByTestId(SearchInput, 'search').props.error).toBe(false);
    card.timer.elapse();
    await card.waitFor(() => expect(calls).toHaveLength(2));
    expect(tableQueries(calls)[1]).toEqual({ page: '1', pageSize: '10', q: longest });
  });

  it('searches once the user stops typing, from page 1', async () => {
    const calls = answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    goTo(card, 2);
    await card.waitFor(() => expect(table(card).props.page).toBe(2));

    const search = card.findByTestId(SearchInput, 'search');
    search.trigger('onInput', 'A-101' as never);
    card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-102' as never);
    expect(card.timer.delays()).toEqual([SEARCH_DELAY_MS]);
    expect(card.findByTestId(SearchInput, 'search').props.value).toBe('A-102');
    expect(calls).toHaveLength(2);

    card.timer.elapse();
    await card.waitFor(() => expect(rowTitles(card)).toEqual(['A-1020', 'A-1021', 'A-1022', 'A-1023']));
    expect(tableQueries(calls).slice(2)).toEqual([{ page: '1', pageSize: '10', q: 'A-102' }]);
    expect([table(card).props.page, table(card).props.pageCount]).toEqual([1, 1]);
  });

  it.each([
    ['search', (card: Card) => {
      card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-101' as never); // ten, 6 open
      card.timer.elapse();
    }, 'A-1010', '6'],
    ['sort', (card: Card) => sortBy(card, 'total', 'descending'), 'A-1023', '15'],
  ] as const)('drops a page click while a new %s is on its way: its page 1 comes first, with its summary', async (_, change, first, open) => {
    const { hold, release } = heldAnswers();
    const calls = answerFetches((call) => {
      const query = new URL(call.url).searchParams;
      const newOrder = (query.has('q') || query.has('sort')) && query.get('page') === '1';
      return newOrder ? hold(() => ordersAnswer(call)) : ordersAnswer(call);
    });
    const card = renderOrders('RECORD_TAB', { ...ordersView, pageSize: 5 });
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    change(card);
    await card.waitFor(() => expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).not.toBeNull());

    goTo(card, 2); // on the pager of the table still on screen
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([rowTitles(card)[0], table(card).props.page]).toEqual(['A-1001', 1]);
    expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).not.toBeNull();

    release();
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe(first));
    expect([table(card).props.page, card.findByTestId(StatisticsItem, 'statistic-open').props.number]).toEqual([1, open]);
    expect(tableQueries(calls).map((q) => q.page)).toEqual(['1', '1']);
  });

  it.each([false, undefined])('shows no search box when the view’s searchable is %s', async (searchable) => {
    answerFetches((call) => ordersAnswer(call));
    const card = renderOrders('RECORD_TAB', { ...ordersView, searchable });
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(card.maybeFind(SearchInput)).toBeNull();
  });

  it('says so when a search matches nothing, and keeps the search box', async () => {
    answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    card.findByTestId(SearchInput, 'search').trigger('onInput', 'Z-9' as never);
    card.timer.elapse();
    await card.waitFor(() => expect(card.maybeFindByTestId(EmptyState, 'empty')).not.toBeNull());
    expect(card.findByTestId(EmptyState, 'empty').find(Text).text).toBe('Nothing matches “Z-9”.');
    expect(card.maybeFindByTestId(SearchInput, 'search')).not.toBeNull();
  });

  it('shows the summary’s statistics, formatted by type, above the table', async () => {
    answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(StatisticsItem, 'statistic-open')).not.toBeNull());
    const items = card.findAll(StatisticsItem).map((i) => [i.props.label, i.props.number]);
    expect(items).toEqual([['Open orders', '15'], ['Revenue', '€1,234.50']]);
  });

  it('draws the summary’s charts from the answer’s points, and keeps the summary on later pages', async () => {
    answerFetches((call) => ordersAnswer(call));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(BarChart, 'chart-perMonth')).not.toBeNull());
    const chart = card.findByTestId(BarChart, 'chart-perMonth');
    expect(chart.props.data).toEqual([{ month: '2025-12', orders: 4 }, { month: '2026-01', orders: 23 }]);
    expect(chart.props.axes).toEqual({ x: { field: 'month', fieldType: 'category' }, y: { field: 'orders', fieldType: 'linear' } });
    expect(chart.props.options).toEqual({ title: 'Orders per month', showTooltips: true });

    goTo(card, 2);
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    expect(card.maybeFindByTestId(BarChart, 'chart-perMonth')).not.toBeNull();
    expect(card.findByTestId(StatisticsItem, 'statistic-open').props.number).toBe('15');
  });

  it('shows no figures for a search whose page 1 comes without a summary', async () => {
    answerFetches((call) =>
      new URL(call.url).searchParams.has('q') ? json({ results: allOrders.slice(0, 3), total: 3 }) : ordersAnswer(call),
    );
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(StatisticsItem, 'statistic-open')).not.toBeNull());
    card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-100' as never);
    card.timer.elapse();
    await card.waitFor(() => expect(rowTitles(card)).toHaveLength(3));
    expect(card.maybeFind(StatisticsItem)).toBeNull();
    expect(card.maybeFindByTestId(BarChart, 'chart-perMonth')).toBeNull();
  });

  it.each([
    ['leaves out', { revenue: 1234.5, perMonth: [{ month: '2026-01', orders: 23 }] }],
    ['sends null for', { open: null, revenue: 1234.5, perMonth: [{ month: '2026-01', orders: 23 }], perDay: null }],
  ])('shows only the figures and charts there are when the summary %s one of each', async (_, summary) => {
    const view: CardView = {
      ...ordersView,
      summary: {
        statistics: ordersView.summary!.statistics,
        charts: [...ordersView.summary!.charts!, { name: 'perDay', label: 'Per day', type: 'LINE', x: 'day', xType: 'datetime', y: 'amount' }],
      },
    };
    answerFetches(() => json({ results: allOrders.slice(0, 3), total: 3, summary }));
    const card = renderOrders('RECORD_TAB', view);
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(card.findAll(StatisticsItem).map((i) => [i.props.label, i.props.number])).toEqual([['Revenue', '€1,234.50']]);
    expect(card.findByTestId(BarChart, 'chart-perMonth').props.data).toEqual([{ month: '2026-01', orders: 23 }]);
    expect(card.maybeFind(LineChart)).toBeNull();
    expect(rowTitles(card)).toEqual(['A-1001', 'A-1002', 'A-1003']);
  });

  it('draws a LINE chart on a date axis with the dates as sent, as HubSpot’s examples give them, without points that have no y', async () => {
    const view: CardView = {
      ...ordersView,
      summary: { charts: [{ name: 'perDay', label: 'Per day', type: 'LINE', x: 'day', xType: 'datetime', y: 'amount' }] },
    };
    answerFetches(() => json({ results: [], summary: { perDay: [{ day: '2026-01-02', amount: '12.5' }, { day: 'x' }, { day: '2026-01-03', amount: null }] } }));
    const card = renderOrders('RECORD_TAB', view);
    await card.waitFor(() => expect(card.maybeFindByTestId(LineChart, 'chart-perDay')).not.toBeNull());
    expect(card.findByTestId(LineChart, 'chart-perDay').props.data).toEqual([{ day: '2026-01-02', amount: 12.5 }]);
    // The view declares no figures: no empty statistics panel above the chart.
    expect(card.maybeFind(Statistics)).toBeNull();
  });

  it('offers the next page while pages come back full when the server gives no total', async () => {
    const calls = answerFetches((call) => ordersAnswer(call, false));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(table(card).props.pageCount).toBe(2);
    goTo(card, 2);
    await card.waitFor(() => expect(table(card).props.page).toBe(2));
    expect(table(card).props.pageCount).toBe(3);
    goTo(card, 3);
    await card.waitFor(() => expect(rowTitles(card)).toEqual(['A-1021', 'A-1022', 'A-1023']));
    expect(table(card).props.pageCount).toBe(3);
    goTo(card, 1);
    await card.waitFor(() => expect(table(card).props.page).toBe(1));
    expect(table(card).props.pageCount).toBe(3);
    expect(tableQueries(calls).map((q) => q.page)).toEqual(['1', '2', '3', '1']);
  });

  /**
   * Twenty orders and no total: pages 1 and 2 full, page 3 asked for and found empty. A hook, or
   * `addOrders` meanwhile, adds the last three.
   */
  async function pastTheLastFullPage() {
    const { calls, change: addOrders } = changingOrders(allOrders.slice(0, 20), allOrders, false);
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    goTo(card, 2);
    await card.waitFor(() => expect(table(card).props.pageCount).toBe(3));
    goTo(card, 3);
    await card.waitFor(() => expect(calls).toHaveLength(3));
    await card.waitFor(() => expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).toBeNull());
    return { card, calls, addOrders };
  }

  it('goes back from an empty page after an exactly full one, and offers it no more', async () => {
    const { card, calls } = await pastTheLastFullPage();
    await new Promise((settle) => setTimeout(settle, 20));
    expect(rowTitles(card)[9]).toBe('A-1020');
    expect([table(card).props.page, table(card).props.pageCount]).toEqual([2, 2]);
    // Page 2 is still on screen, as fresh as the empty answer: it is not asked for again.
    expect(tableQueries(calls).map((q) => q.page)).toEqual(['1', '2', '3']);
  });

  it('pages on past the last page it learned once an action reloads the card', async () => {
    const { card } = await pastTheLastFullPage();
    card.findByTestId(Dropdown, 'actions-1012').findAll(Dropdown.ButtonItem)[1].trigger('onClick');
    await card.waitFor(() => expect(table(card).props.pageCount).toBe(3));
    goTo(card, 3);
    await card.waitFor(() => expect(rowTitles(card)).toEqual(['A-1021', 'A-1022', 'A-1023']));
  });

  it('keeps the last page it learned when the user comes back to it, until a reload', async () => {
    const { card } = await pastTheLastFullPage();
    goTo(card, 1);
    await card.waitFor(() => expect(table(card).props.page).toBe(1));
    goTo(card, 2);
    await card.waitFor(() => expect(table(card).props.page).toBe(2));
    // Page 2 is full, as a last page found past an empty one always is: no empty page 3 again.
    expect(table(card).props.pageCount).toBe(2);
  });
});

describe('a TABLE card where space is short', () => {
  it.each<LocationName>(['RECORD_SIDEBAR', 'PREVIEW', 'HELPDESK_SIDEBAR'])('on %s shows fewer columns and shorter pages', async (location) => {
    const calls = answerFetches((call) => ordersAnswer(call));
    const card = renderOrders(location);
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(card.findAll(TableHeader).map((h) => h.text)).toEqual(['Orders', 'Placed', 'Total', 'Actions']);
    expect(tableQueries(calls)[0]).toEqual({ page: '1', pageSize: String(COMPACT_PAGE_SIZE) });
    const { density, showFirstLastButtons, pageCount } = table(card).props;
    expect([density, showFirstLastButtons, pageCount]).toEqual(['condensed', false, 5]);
    expect(rowTitles(card)).toHaveLength(COMPACT_PAGE_SIZE);
  });

  it('keeps a page size smaller than the compact one', async () => {
    const calls = answerFetches((call) => ordersAnswer(call));
    const card = renderOrders('RECORD_SIDEBAR', { ...ordersView, pageSize: 3 });
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(tableQueries(calls)[0]).toEqual({ page: '1', pageSize: '3' });
  });

  it('gives a tab the whole table', async () => {
    answerFetches((call) => ordersAnswer(call));
    const card = renderOrders('RECORD_TAB');
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect([table(card).props.density, table(card).props.showFirstLastButtons]).toEqual(['default', true]);
  });
});

describe('a TABLE card’s errors', () => {
  const envelope = (status: number, message: string) => ({
    status: 'error',
    category: 'BAD_GATEWAY',
    message: 'Error returned from Request Uri',
    responseBody: JSON.stringify({ message }),
    errors: [{ message: `Unacceptable HTTP status ${status} calling URI` }],
    context: { appServerStatusCode: [String(status)] },
  });

  /** Answers as the orders server does, hooks included, but refuses the first request `refused` picks. */
  function refusingOnce(refused: (call: FetchCall) => boolean) {
    let refusals = 1;
    return answerFetches((call) => {
      if (call.method === 'POST') {
        return json({ message: 'Shipped' });
      }
      return refused(call) && refusals-- > 0 ? json(envelope(503, 'The order index is rebuilding'), 502) : ordersAnswer(call);
    });
  }

  it('shows the server’s message from HubSpot’s envelope when the first page fails, and asks again on request', async () => {
    const calls = refusingOnce(() => true);
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(ErrorState, 'error')).not.toBeNull());
    expect(card.findByTestId(ErrorState, 'error').find(Text).text).toBe('The order index is rebuilding');
    card.findByTestId(Button, 'retry').trigger('onClick');
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1001'));
    expect(tableQueries(calls).map((q) => q.page)).toEqual(['1', '1']);
  });

  it('says why page 2 failed above the page on screen, and asks for page 2 again on request', async () => {
    const calls = refusingOnce((call) => new URL(call.url).searchParams.get('page') === '2');
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    goTo(card, 2);
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'page-error')).not.toBeNull());
    expect(card.findByTestId(Alert, 'page-error').find(Text).text).toBe('The order index is rebuilding');
    expect([rowTitles(card)[0], table(card).props.page]).toEqual(['A-1001', 1]);

    card.findByTestId(Button, 'page-retry').trigger('onClick');
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    expect(table(card).props.page).toBe(2);
    expect(card.maybeFindByTestId(Alert, 'page-error')).toBeNull();
    expect(tableQueries(calls).map((q) => q.page)).toEqual(['1', '2', '2']);
  });

  it('drops the error of a refused search once the box no longer holds it, so no retry sends it again', async () => {
    const calls = refusingOnce((call) => new URL(call.url).searchParams.get('q') === 'A-101');
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-101' as never);
    card.timer.elapse();
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'page-error')).not.toBeNull());

    card.findByTestId(SearchInput, 'search').trigger('onInput', '' as never);
    expect(card.maybeFindByTestId(Alert, 'page-error')).toBeNull();
    card.timer.elapse();
    await new Promise((settle) => setTimeout(settle, 20));
    expect(tableQueries(calls).map((q) => q.q)).toEqual([undefined, 'A-101']);
    expect(rowTitles(card)[0]).toBe('A-1001');
  });

  it('keeps “Try again” idle while the page it asked for again is on its way', async () => {
    const { hold, release } = heldAnswers();
    const refusal = () => json(envelope(503, 'The order index is rebuilding'), 502);
    let asked = 0;
    answerFetches((call) => {
      if (new URL(call.url).searchParams.get('page') !== '2') {
        return ordersAnswer(call);
      }
      asked += 1;
      return asked === 1 ? refusal() : hold(refusal); // refused again, once let through
    });
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    goTo(card, 2);
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'page-error')).not.toBeNull());
    const tryAgain = () => card.findByTestId(Button, 'page-retry');
    expect(tryAgain().props.disabled).toBe(false);

    tryAgain().trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).not.toBeNull());
    expect(tryAgain().props.disabled).toBe(true);

    release();
    await card.waitFor(() => expect(card.maybeFindByTestId(LoadingSpinner, 'page-loading')).toBeNull());
    expect(tryAgain().props.disabled).toBe(false);
    expect(table(card).props.page).toBe(1);
  });

  it('asks for the page on screen again on request when its refresh after an action failed', async () => {
    const calls = refusingOnce(() => calls.some((c) => c.method === 'POST'));
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    card.findByTestId(Dropdown, 'actions-1002').findAll(Dropdown.ButtonItem)[1].trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'page-error')).not.toBeNull());

    card.findByTestId(Button, 'page-retry').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'page-error')).toBeNull());
    expect(tableQueries(calls.filter((c) => c.method === 'GET')).map((q) => q.page)).toEqual(['1', '1', '1']);
  });

  /** The orders table, sorted by the user in an order its server refuses; once the refusal is shown. */
  async function refusedSort() {
    const calls = answerFetches((call) =>
      new URL(call.url).searchParams.get('sort') === '-placed'
        ? json(envelope(400, 'sort names a property this card cannot sort by (sortable: total)'), 502)
        : ordersAnswer(call),
    );
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    sortBy(card, 'placed', 'descending');
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'page-error')).not.toBeNull());
    return { card, calls };
  }

  it('keeps the table and says why when a later page fails', async () => {
    const { card } = await refusedSort();
    expect(card.findByTestId(Alert, 'page-error').find(Text).text).toContain('sort names a property this card cannot sort by');
    expect(rowTitles(card)[0]).toBe('A-1001');
  });

  it('builds the next page on the table on screen, not on the query the server refused', async () => {
    const { card, calls } = await refusedSort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(2); // the page on screen is not asked for again

    goTo(card, 2);
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    expect(last(tableQueries(calls))).toEqual({ page: '2', pageSize: '10' });
    expect(card.maybeFindByTestId(Alert, 'page-error')).toBeNull();
  });

  it('keeps the summary of the search on screen when an older search’s summary comes in late', async () => {
    let lateSummary: (() => void) | undefined;
    const calls = answerFetches((call) => {
      if (call.method === 'POST') {
        return json({ message: 'Shipped' });
      }
      const query = new URL(call.url).searchParams;
      if (query.get('pageSize') === '1' && query.get('q') === 'A-10') {
        return new Promise<Response>((resolve) => {
          lateSummary = () => resolve(ordersAnswer(call));
        });
      }
      return ordersAnswer(call);
    });
    const card = renderOrders();
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-10' as never); // all 23, 15 open
    card.timer.elapse();
    // The same rows as before: the search's are in once it was asked and nothing loads.
    await card.waitFor(() => expect([calls.length, card.maybeFindByTestId(LoadingSpinner, 'page-loading')]).toEqual([2, null]));
    goTo(card, 2);
    await card.waitFor(() => expect(rowTitles(card)[0]).toBe('A-1011'));
    card.findByTestId(Dropdown, 'actions-1012').findAll(Dropdown.ButtonItem)[1].trigger('onClick');
    await card.waitFor(() => expect(lateSummary).toBeDefined());

    card.findByTestId(SearchInput, 'search').trigger('onInput', 'A-101' as never); // ten, 6 open
    card.timer.elapse();
    await card.waitFor(() => expect(card.findByTestId(StatisticsItem, 'statistic-open').props.number).toBe('6'));
    lateSummary!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(card.findByTestId(StatisticsItem, 'statistic-open').props.number).toBe('6');
  });
});

describe('a card whose view is TILES', () => {
  it('keeps the legacy tiles and sends no table parameters', async () => {
    const calls = answerFetches((call) => ordersAnswer(call));
    const card = renderOrders('RECORD_SIDEBAR', { card: 'orders', layout: 'TILES', locations: ['RECORD_SIDEBAR'] });
    await card.waitFor(() => expect(card.maybeFind(Tile)).not.toBeNull());
    expect(card.maybeFind(Table)).toBeNull();
    expect(tableQueries(calls)).toEqual([{}]);
  });

  it('shows its summary above the tiles, from every answer', async () => {
    answerFetches((call) => ordersAnswer(call)); // no page parameter: page 1, with the summary
    const view: CardView = { card: 'orders', layout: 'TILES', locations: ['RECORD_SIDEBAR'], summary: ordersView.summary };
    const card = renderOrders('RECORD_SIDEBAR', view);
    await card.waitFor(() => expect(card.maybeFindByTestId(StatisticsItem, 'statistic-open')).not.toBeNull());
    expect(card.findAll(StatisticsItem).map((i) => [i.props.label, i.props.number]))
      .toEqual([['Open orders', '15'], ['Revenue', '€1,234.50']]);
    expect(card.maybeFindByTestId(BarChart, 'chart-perMonth')).not.toBeNull();
    expect(card.maybeFind(Tile)).not.toBeNull();
  });
});

import type { CardDefinition, CardObject } from '../src/types';
import type { CardView, TableResponse } from '../src/viewTypes';
import { answerFetches, json, type FetchCall } from './hubspotFetch';

/** An orders card as the processor describes it: its definition and its TABLE view. */
export const orders: CardDefinition = {
  title: 'Orders',
  fetch: {
    targetUrl: 'https://shop.example.com/hubspot/orders',
    objectTypes: [{ name: 'contacts', propertiesToSend: [] }],
  },
  display: {
    properties: [
      { name: 'placed', label: 'Placed', dataType: 'DATE', options: [] },
      { name: 'total', label: 'Total', dataType: 'CURRENCY', options: [] },
      {
        name: 'state',
        label: 'State',
        dataType: 'STATUS',
        options: [
          { name: 'OPEN', label: 'Open', type: 'WARNING' },
          { name: 'SHIPPED', label: 'Shipped', type: 'SUCCESS' },
        ],
      },
      { name: 'buyer', label: 'Buyer', dataType: 'EMAIL', options: [] },
    ],
  },
  actions: { baseUrls: ['https://shop.example.com'] },
};

export const ordersView: CardView = {
  card: 'orders',
  layout: 'TABLE',
  locations: ['RECORD_TAB', 'RECORD_SIDEBAR'],
  pageSize: 10,
  searchable: true,
  sortable: ['placed', 'total'],
  summary: {
    statistics: [
      { name: 'open', label: 'Open orders', type: 'NUMERIC' },
      { name: 'revenue', label: 'Revenue', type: 'CURRENCY', currencyCode: 'EUR' },
    ],
    charts: [{ name: 'perMonth', label: 'Orders per month', type: 'BAR', x: 'month', xType: 'category', y: 'orders' }],
  },
};

/** 23 orders: A-1001 to A-1023, placed one day apart, every third one shipped. */
export const allOrders: CardObject[] = Array.from({ length: 23 }, (_, i) => ({
  objectId: 1001 + i,
  title: `A-${1001 + i}`,
  link: i % 2 === 0 ? `https://shop.example.com/orders/${1001 + i}` : null,
  placed: `2026-01-${String(i + 1).padStart(2, '0')}`,
  total: String(10 + i * 5),
  state: i % 3 === 0 ? 'SHIPPED' : 'OPEN',
  buyer: `buyer${i}@example.com`,
  actions: [
    { type: 'IFRAME', label: 'Open', uri: `https://shop.example.com/ui/${1001 + i}`, width: 600, height: 400 },
    { type: 'ACTION_HOOK', label: 'Ship', httpMethod: 'POST', uri: `https://shop.example.com/orders/${1001 + i}/ship` },
  ],
}));

/** The same orders, each also offering to cancel it: a hook that asks the user first. */
export const cancellableOrders: CardObject[] = allOrders.map((order) => ({
  ...order,
  actions: [
    ...order.actions!,
    {
      type: 'CONFIRMATION_ACTION_HOOK',
      label: 'Cancel order',
      httpMethod: 'DELETE',
      uri: `https://shop.example.com/orders/${order.objectId}`,
    },
  ],
}));

/**
 * Answers a TABLE's data fetch the way the wire says a server does (API.md §9): the page of
 * the sorted, searched orders (of `from`, all of them unless told), the total when `withTotal`,
 * the summary on page 1.
 */
export function ordersAnswer(call: FetchCall, withTotal = true, from: CardObject[] = allOrders): Response {
  const query = new URL(call.url).searchParams;
  const page = Number(query.get('page') ?? '1');
  const pageSize = Number(query.get('pageSize') ?? '10');
  const search = query.get('q') ?? '';
  const sort = query.get('sort');
  const found = from.filter((o) => o.title.includes(search));
  if (sort) {
    const property = sort.replace(/^-/, '');
    const direction = sort.startsWith('-') ? -1 : 1;
    found.sort((a, b) => direction * (Number(a[property]) - Number(b[property]) || String(a[property]).localeCompare(String(b[property]))));
  }
  const answer: TableResponse = { results: found.slice((page - 1) * pageSize, page * pageSize) };
  if (withTotal) {
    answer.total = found.length;
  }
  if (page === 1) {
    answer.summary = {
      // Figures travel as a column value of their type does: strings of their digits.
      open: String(found.filter((o) => o.state === 'OPEN').length),
      revenue: '1234.50',
      perMonth: [
        { month: '2025-12', orders: 4 },
        { month: '2026-01', orders: 23 },
      ],
    };
  }
  return json(answer);
}

/**
 * Answers the orders card's fetches from `before`, and from `after` once a hook ran or `change`
 * was called (someone else changed the orders): the hook's own request answers `Done`.
 */
export function changingOrders(before: CardObject[], after: CardObject[], withTotal = true) {
  let orders = before;
  const change = () => {
    orders = after;
  };
  const calls = answerFetches((call) => {
    if (call.method === 'POST') {
      change();
      return json({ message: 'Done' });
    }
    return ordersAnswer(call, withTotal, orders);
  });
  return { calls, change };
}

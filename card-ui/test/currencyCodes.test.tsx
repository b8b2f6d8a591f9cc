import { Link, Table, Text } from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';

import type { CardView } from '../src/viewTypes';
import { contactContext, showcaseResponse } from './fixtures';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';
import { orders, ordersAnswer, ordersView } from './tableFixtures';

/**
 * A card-defined CURRENCY property has no currency in HubSpot's definition; the view gives it
 * one (`@CardProperty(currencyCode = ...)`), and the card draws the amount in it, in a TABLE's
 * cells as on tiles. Without one the amount stays a plain number, as HubSpot drew it.
 */
describe('currency codes from the view', () => {
  async function tableCell(view: CardView) {
    answerFetches((call) => ordersAnswer(call));
    const card = renderCard(orders, contactContext, { view, location: 'RECORD_TAB' });
    await card.waitFor(() => expect(card.maybeFindByTestId(Table, 'table')).not.toBeNull());
    return card.findByTestId(Text, 'value-1002-total').text;
  }

  it('draws a TABLE column in its currency', async () => {
    expect(await tableCell({ ...ordersView, currencyCodes: { total: 'EUR' } })).toBe('€15.00');
  });

  it('draws a TABLE column without a code as a plain amount', async () => {
    expect(await tableCell(ordersView)).toBe('15.00');
  });

  const tiles: CardView = { card: 'showcase', layout: 'TILES', locations: ['RECORD_SIDEBAR'] };

  async function tiled(view?: CardView) {
    answerFetches(() => json(showcaseResponse));
    const card = renderCard(undefined, contactContext, { view });
    await card.waitFor(() => expect(card.maybeFindByTestId(Link, 'title-1')).not.toBeNull());
    return card;
  }

  it('draws a tile’s value in its currency', async () => {
    const card = await tiled({ ...tiles, currencyCodes: { amount: 'USD' } });
    expect(card.findByTestId(Text, 'value-1-amount').text).toBe('$1,234.50');
  });

  it('draws a tile’s value without a code, or without a view, as a plain amount', async () => {
    expect((await tiled(tiles)).findByTestId(Text, 'value-1-amount').text).toBe('1,234.50');
    expect((await tiled()).findByTestId(Text, 'value-1-amount').text).toBe('1,234.50');
  });

  it('keeps an object’s own CURRENCY property in its own currency', async () => {
    const card = await tiled({ ...tiles, currencyCodes: { amount: 'USD' } });
    expect(card.findByTestId(Text, 'value-1-extra-0').text).toBe('£94.34');
  });

  it('gives a code to CURRENCY properties only', async () => {
    const card = await tiled({ ...tiles, currencyCodes: { count: 'EUR' } });
    expect(card.findByTestId(Text, 'value-1-count').text).toBe('123,456.75');
    expect(card.findByTestId(Text, 'value-1-amount').text).toBe('1,234.50');
  });
});

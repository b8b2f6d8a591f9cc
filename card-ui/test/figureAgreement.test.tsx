import { StatisticsItem, Text } from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';

import type { CardDefinition } from '../src/types';
import type { CardView, StatisticShape } from '../src/viewTypes';
import type { StatisticType } from '../src/vocabulary';
import agreement from './figure-agreement.json';
import { contactContext } from './fixtures';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';

/**
 * The card's half of the figure agreement; the processor's FigureAgreementTest runs the same file.
 * Each case's `sent`, in a column and as a summary figure, shows as its `shown`, digit for digit.
 */
const cases = agreement.cases.map((c) => ({ ...c, type: c.type as StatisticType }));

const definition: CardDefinition = {
  title: 'Figures',
  fetch: { targetUrl: 'https://cards.example.com/figures', objectTypes: [{ name: 'contacts', propertiesToSend: [] }] },
  display: { properties: cases.map((c) => ({ name: c.name, label: c.name, dataType: c.type, options: [] })) },
};

const statistics: StatisticShape[] = cases.map(({ name, type, currencyCode }) => ({
  name, label: name, type, ...(currencyCode ? { currencyCode } : {}),
}));

const view: CardView = {
  card: 'figures',
  layout: 'TABLE',
  locations: ['RECORD_TAB'],
  pageSize: 10,
  currencyCodes: Object.fromEntries(cases.flatMap((c) => (c.currencyCode ? [[c.name, c.currencyCode]] : []))),
  summary: { statistics },
};

describe('a summary figure shows as a column value of its type does', () => {
  it.each(cases)('$name: $sent shows as $shown', async ({ name, sent, shown }) => {
    const values = Object.fromEntries(cases.map((c) => [c.name, c.sent]));
    answerFetches(() => json({ results: [{ objectId: 1, title: 'One', ...values }], total: 1, summary: values }));
    const card = renderCard(definition, contactContext, { view, location: 'RECORD_TAB' });
    await card.waitFor(() => expect(card.maybeFindByTestId(StatisticsItem, `statistic-${name}`)).not.toBeNull());
    expect(card.findByTestId(StatisticsItem, `statistic-${name}`).props.number).toBe(shown);
    expect(card.findByTestId(Text, `value-1-${name}`).text).toBe(shown);
  });
});

import { DescriptionListItem, StatisticsItem, Table, TableCell, Text, Tile } from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';

import { ownValue } from '../src/ownValues';
import type { CardDefinition, CardObject } from '../src/types';
import type { CardView } from '../src/viewTypes';
import { contactContext } from './fixtures';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';

/**
 * Property names every plain object inherits from Object.prototype: Java members may carry them,
 * so a row without a value of its own must show an empty cell, not the inherited function.
 */
const NAMES = ['constructor', 'valueOf', 'toString'];

const card: CardDefinition = {
  title: 'Odd names',
  fetch: { targetUrl: 'https://cards.example.com/odd', objectTypes: [{ name: 'contacts', propertiesToSend: [] }] },
  display: { properties: NAMES.map((name) => ({ name, label: name.toUpperCase(), dataType: 'STRING', options: [] })) },
};

const results: CardObject[] = [
  { objectId: 1, title: 'Full', constructor: 'Ada', valueOf: '42', toString: 'text' },
  { objectId: 2, title: 'Empty' },
];

describe('property names that are Object.prototype keys', () => {
  it('show their own values in the tiles, and nothing for an object without them', async () => {
    answerFetches(() => json({ results }));
    const rendered = renderCard(card);
    await rendered.waitFor(() => expect(rendered.maybeFindByTestId(Tile, 'object-2')).not.toBeNull());
    expect(NAMES.map((name) => rendered.findByTestId(Text, `value-1-${name}`).text)).toEqual(['Ada', '42', 'text']);
    expect(rendered.findByTestId(Tile, 'object-2').findAll(DescriptionListItem)).toHaveLength(0);
    expect(NAMES.map((name) => rendered.maybeFindByTestId(Text, `value-2-${name}`))).toEqual([null, null, null]);
  });

  it('show their own values in the table, and empty cells for a row without them', async () => {
    const view: CardView = {
      card: 'odd',
      layout: 'TABLE',
      locations: ['RECORD_TAB'],
      pageSize: 10,
      sortable: ['constructor'],
      summary: { statistics: [{ name: 'valueOf', label: 'Value', type: 'NUMERIC' }] },
    };
    answerFetches(() => json({ results, total: 2, summary: {} }));
    const rendered = renderCard(card, contactContext, { view, location: 'RECORD_TAB' });
    await rendered.waitFor(() => expect(rendered.maybeFindByTestId(Table, 'table')).not.toBeNull());
    expect(NAMES.map((name) => rendered.findByTestId(Text, `value-1-${name}`).text)).toEqual(['Ada', '42', 'text']);
    expect(NAMES.map((name) => rendered.findByTestId(TableCell, `cell-2-${name}`).text ?? '')).toEqual(['', '', '']);
    expect(NAMES.map((name) => rendered.maybeFindByTestId(Text, `value-2-${name}`))).toEqual([null, null, null]);
    expect(rendered.maybeFindByTestId(StatisticsItem, 'statistic-valueOf')).toBeNull();
  });

  it('are read as own values only', () => {
    expect(NAMES.map((name) => ownValue({}, name))).toEqual([undefined, undefined, undefined]);
    expect(ownValue({ constructor: 'own' }, 'constructor')).toBe('own');
    expect(ownValue(null, 'constructor')).toBeUndefined();
    expect(ownValue('text', 'length')).toBeUndefined();
  });
});

import { DescriptionListItem, Link, StatusTag, Text } from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';

import { recordType } from '../src/recordTypes';
import type { CardDefinition, DisplayProperty } from '../src/types';
import { statusVariant } from '../src/values';
import { DATA_TYPES, OBJECT_TYPES, RECORD_TYPES, STATUS_TYPES, type DataType } from '../src/vocabulary';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';

/** A value of each data type, in the format HubSpot sends it. */
const SAMPLES: Record<DataType, string> = {
  CURRENCY: '12.5',
  DATE: '2026-12-06',
  DATETIME: '1765000000000',
  EMAIL: 'ann@example.com',
  LINK: 'https://example.com/a',
  NUMERIC: '1234',
  STATUS: 'OK',
  STRING: 'plain',
};

type Card = ReturnType<typeof renderCard>;

/** Finds the value of each data type as the component HubSpot's renderer shows it with. */
const SHOWN: Record<DataType, (card: Card, testId: string) => unknown> = {
  CURRENCY: (card, testId) => card.maybeFindByTestId(Text, testId),
  DATE: (card, testId) => card.maybeFindByTestId(Text, testId),
  DATETIME: (card, testId) => card.maybeFindByTestId(Text, testId),
  EMAIL: (card, testId) => card.maybeFindByTestId(Link, testId),
  LINK: (card, testId) => card.maybeFindByTestId(Link, testId),
  NUMERIC: (card, testId) => card.maybeFindByTestId(Text, testId),
  STATUS: (card, testId) => card.maybeFindByTestId(StatusTag, testId),
  STRING: (card, testId) => card.maybeFindByTestId(Text, testId),
};

/** A property name per data type that is no reserved key (`link` is one). */
const nameOf = (dataType: DataType) => `the_${dataType.toLowerCase()}`;

describe('the card UI and the rules’ vocabulary', () => {
  it('draws every data type of the vocabulary, and one it does not know as plain text', async () => {
    const properties: DisplayProperty[] = DATA_TYPES.map((dataType) => ({
      name: nameOf(dataType),
      label: dataType,
      dataType,
      options: dataType === 'STATUS' ? [{ name: 'OK', label: 'Fine', type: 'SUCCESS' }] : [],
    }));
    // The wire may carry a type the vocabulary does not have.
    properties.push({ name: 'flag', label: 'Flag', dataType: 'BOOLEAN' as DataType, options: [] });
    const definition: CardDefinition = {
      title: 'Every type',
      fetch: { targetUrl: 'https://cards.example.com/all', objectTypes: [{ name: 'contacts', propertiesToSend: [] }] },
      display: { properties },
    };
    const object: Record<string, unknown> = { objectId: 1, title: 'All', flag: 'true' };
    DATA_TYPES.forEach((dataType) => (object[nameOf(dataType)] = SAMPLES[dataType]));
    answerFetches(() => json({ results: [object] }));
    const card = renderCard(definition);
    await card.waitFor(() => expect(card.maybeFindByTestId(Text, 'value-1-flag')).not.toBeNull());

    expect(card.findAll(DescriptionListItem).map((item) => item.props.label)).toEqual([...DATA_TYPES, 'Flag']);
    for (const dataType of DATA_TYPES) {
      expect(SHOWN[dataType](card, `value-1-${nameOf(dataType)}`), dataType).not.toBeNull();
    }
    expect(card.findByTestId(Text, 'value-1-flag').text).toBe('true');
  });

  it('gives every status type its own tag colour, and none to another spelling', () => {
    expect(new Set(STATUS_TYPES.map(statusVariant)).size).toBe(STATUS_TYPES.length);
    expect(statusVariant('danger')).toBe('default');
    expect(statusVariant('PURPLE')).toBe('default');
  });

  it('knows every record type a definition may name', () => {
    for (const name of OBJECT_TYPES) {
      const type = RECORD_TYPES.find((t) => t.definitionName === name);
      expect(type, name).toBeDefined();
      expect(recordType(type?.objectTypeId)?.definitionName).toBe(name);
    }
    expect(recordType('2-123')).toBeUndefined();
  });
});

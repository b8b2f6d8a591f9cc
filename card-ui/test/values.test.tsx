import { DescriptionListItem, Link, StatusTag, Text } from '@hubspot/ui-extensions';
import { beforeEach, describe, expect, it } from 'vitest';

import { formatCurrency, formatNumber } from '../src/values';
import { showcaseResponse } from './fixtures';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';

describe('values', () => {
  beforeEach(() => {
    answerFetches(() => json(showcaseResponse));
  });

  async function loaded() {
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Link, 'title-1')).not.toBeNull());
    return card;
  }

  it('shows card-defined values in display order, then the object’s own, and drops undefined keys', async () => {
    const card = await loaded();
    const labels = card.findAll(DescriptionListItem).map((item) => item.props.label);
    expect(labels).toEqual([
      'Amount', 'Created', 'Updated', 'Owner', 'Page', 'Count', 'State', 'Project',
      'Impact', 'Day', 'At', 'Resolved by', 'Docs', 'Score', 'Health', 'Note',
      'State',
    ]);
    expect(card.getRootNode().toString()).toContain('API');
    expect(card.getRootNode().toString()).not.toContain('dropped');
  });

  it('links the title when the object has a link, and shows plain text otherwise', async () => {
    const card = await loaded();
    expect(card.findByTestId(Link, 'title-1').props.href).toEqual({ url: 'https://cards.example.com/1', external: true });
    expect(card.findByTestId(Link, 'title-1').text).toBe('First');
    expect(card.findByTestId(Text, 'title-2').text).toBe('Second');
  });

  it('follows no link the server would refuse: a javascript: title link or LINK value is shown as text', async () => {
    const hostile = {
      ...showcaseResponse,
      results: [
        {
          objectId: 7,
          title: 'Seventh',
          link: 'javascript:alert(document.domain)',
          page: 'javascript:alert(1)',
          state: 'OK',
          properties: [{ label: 'Docs', dataType: 'LINK', value: 'data:text/html,<b>x</b>', linkLabel: 'Read' }],
        },
      ],
    };
    answerFetches(() => json(hostile));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Text, 'title-7')).not.toBeNull());
    expect(card.findByTestId(Text, 'title-7').text).toBe('Seventh');
    expect(card.findByTestId(Text, 'value-7-page').text).toBe('javascript:alert(1)');
    expect(card.findByTestId(Text, 'value-7-extra-0').text).toBe('Read');
    expect(card.findAll(Link)).toHaveLength(0);
  });

  it('links an EMAIL to exactly its address: what would start a mailto header is encoded', async () => {
    const tricky = {
      ...showcaseResponse,
      results: [
        {
          objectId: 8,
          title: 'Eighth',
          state: 'OK',
          owner: 'victim@example.com?bcc=spy%40evil.test',
          properties: [{ label: 'Contact', dataType: 'EMAIL', value: 'a&b#c@example.com' }],
        },
      ],
    };
    answerFetches(() => json(tricky));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Link, 'value-8-owner')).not.toBeNull());
    expect(card.findByTestId(Link, 'value-8-owner').props.href).toBe(
      'mailto:victim@example.com%3Fbcc%3Dspy%2540evil.test',
    );
    expect(card.findByTestId(Link, 'value-8-owner').text).toBe('victim@example.com?bcc=spy%40evil.test');
    expect(card.findByTestId(Link, 'value-8-extra-0').props.href).toBe('mailto:a%26b%23c@example.com');
  });

  it('formats every data type, card-defined', async () => {
    const card = await loaded();
    expect(card.findByTestId(Text, 'value-1-amount').text).toBe('1,234.50');
    expect(card.findByTestId(Text, 'value-1-created').text).toBe('Sep 15, 2016');
    expect(card.findByTestId(Text, 'value-1-updated').text).toBe('Oct 13, 2023, 9:47 PM');
    expect(card.findByTestId(Link, 'value-1-owner').props.href).toBe('mailto:owner@example.com');
    expect(card.findByTestId(Link, 'value-1-owner').text).toBe('owner@example.com');
    expect(card.findByTestId(Link, 'value-1-page').props.href).toEqual({ url: 'https://example.com/page', external: true });
    expect(card.findByTestId(Link, 'value-1-page').text).toBe('https://example.com/page');
    expect(card.findByTestId(Text, 'value-1-count').text).toBe('123,456.75');
    expect(card.findByTestId(Text, 'value-1-project').text).toBe('API');
  });

  it('shows a NUMERIC with the digits the server sent', () => {
    expect(formatNumber('467.70', 'en-US')).toBe('467.70');
    expect(formatNumber('120.00', 'en-US')).toBe('120.00');
    expect(formatNumber('9007199254740993', 'en-US')).toBe('9,007,199,254,740,993');
    expect(formatNumber('12345678901234567.89', 'en-US')).toBe('12,345,678,901,234,567.89');
    expect(formatCurrency('12345678901234567.89', 'en-US', 'USD')).toBe('$12,345,678,901,234,567.89');
    expect(formatNumber(2.5, 'de-DE')).toBe('2,5');
    expect(formatNumber('n/a', 'en-US')).toBe('n/a');
  });

  it('formats every data type, per object, with currency codes and link labels', async () => {
    const card = await loaded();
    expect(card.findByTestId(Text, 'value-1-extra-0').text).toBe('£94.34');
    expect(card.findByTestId(Text, 'value-1-extra-1').text).toBe('Oct 13, 2023');
    expect(card.findByTestId(Text, 'value-1-extra-2').text).toBe('Oct 13, 2023, 9:47 PM');
    expect(card.findByTestId(Link, 'value-1-extra-3').props.href).toBe('mailto:ijones@example.com');
    expect(card.findByTestId(Link, 'value-1-extra-4').text).toBe('Test link');
    expect(card.findByTestId(Link, 'value-1-extra-4').props.href).toEqual({ url: 'https://www.hubspot.com', external: true });
    expect(card.findByTestId(Text, 'value-1-extra-5').text).toBe('123.45');
    expect(card.findByTestId(Text, 'value-1-extra-7').text).toBe('Referred to documentation');
  });

  it('colours STATUS from the definition’s options and from a per-object optionType', async () => {
    const card = await loaded();
    const defined = card.findByTestId(StatusTag, 'value-1-state');
    expect([defined.props.variant, defined.text]).toEqual(['danger', 'Down']);
    const second = card.findByTestId(StatusTag, 'value-2-state');
    expect([second.props.variant, second.text]).toEqual(['success', 'Fine']);
    const perObject = card.findByTestId(StatusTag, 'value-1-extra-6');
    expect([perObject.props.variant, perObject.text]).toEqual(['danger', 'Errors occurring']);
  });

  it('gives every STATUS colour its tag variant', async () => {
    const colours = { NEW: 'default', OK: 'success', SLOW: 'warning', DOWN: 'danger', FYI: 'info' };
    answerFetches(() =>
      json({ results: Object.keys(colours).map((state, i) => ({ objectId: i + 1, title: state, state })) }),
    );
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(StatusTag, 'value-5-state')).not.toBeNull());
    Object.values(colours).forEach((variant, i) =>
      expect(card.findByTestId(StatusTag, `value-${i + 1}-state`).props.variant).toBe(variant),
    );
  });

  it('shows at most five objects', async () => {
    answerFetches(() =>
      json({ results: [1, 2, 3, 4, 5, 6, 7].map((id) => ({ objectId: id, title: `Object ${id}` })) }),
    );
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Text, 'title-1')).not.toBeNull());
    expect(card.maybeFindByTestId(Text, 'title-5')).not.toBeNull();
    expect(card.maybeFindByTestId(Text, 'title-6')).toBeNull();
  });
});

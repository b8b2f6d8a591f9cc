import { StatusTag } from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';

import { formMethod, hookMethod } from '../src/actionMethods';
import type { CardAction } from '../src/types';
import { definition } from './fixtures';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';
import agreement from './spelling-agreement.json';

/** The card's half of the spelling agreement; the rules' SpellingAgreementTest runs the same file. */
const cases = agreement.cases.map((c) => ({ ...c, shown: 'value' in c ? JSON.stringify(c.value) : 'none' }));
const where = (field: string) => cases.filter((c) => c.field === field);

/** An action of `type` whose httpMethod is the case's value, or which has none. */
function action(type: 'FORM' | 'ACTION_HOOK', c: (typeof cases)[number]): CardAction {
  const sent: Record<string, unknown> = { type, id: 'f', label: 'Go', uri: 'https://hooks.example.com/f' };
  if ('value' in c) {
    sent.httpMethod = c.value;
  }
  return sent as unknown as CardAction;
}

describe('the card takes the spellings check takes, and no other', () => {
  it.each(where('FORM httpMethod'))('a FORM sent with $shown: $accepted', (c) => {
    expect(formMethod(action('FORM', c))).toBe(c.accepted ? c.value : undefined);
  });

  it.each(where('ACTION_HOOK httpMethod'))('a hook sent with $shown: $accepted', (c) => {
    expect(hookMethod(action('ACTION_HOOK', c))).toBe(c.accepted ? (c.value ?? 'POST') : undefined);
  });

  it.each(where('optionType'))('a per-object STATUS of type $shown coloured: $accepted', async (c) => {
    const status = { label: 'Health', dataType: 'STATUS', value: 'Checked', optionType: c.value };
    answerFetches(() => json({ results: [{ objectId: 1, title: 'One', properties: [status] }] }));
    const card = renderCard({ ...definition, display: { properties: [] } });
    await card.waitFor(() => expect(card.maybeFindByTestId(StatusTag, 'value-1-extra-0')).not.toBeNull());
    const variant = c.accepted ? String(c.value).toLowerCase() : 'default';
    expect(card.findByTestId(StatusTag, 'value-1-extra-0').props.variant).toBe(variant);
  });
});

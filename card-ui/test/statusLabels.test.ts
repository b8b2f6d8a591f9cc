import { describe, expect, it } from 'vitest';

import { propertyValue } from '../src/shownValues';
import type { DisplayProperty } from '../src/types';

const state = (label: string): DisplayProperty => ({
  name: 'state',
  label: 'State',
  dataType: 'STATUS',
  options: [{ name: 'open', label, type: 'WARNING' }],
});

const tagText = (label: string) => propertyValue(state(label), { objectId: 1, title: 'A', state: 'open' })?.status?.label;

/**
 * What DefinitionCheck warns of per client: the card shows the option's name for an empty label,
 * but a blank one leaves the tag without text (the processor refuses it).
 */
describe('a STATUS option’s label in the card', () => {
  it('shows the label, or the name when the label is empty', () => {
    expect(tagText('Open')).toBe('Open');
    expect(tagText('')).toBe('open');
  });

  it('shows no text for a blank label', () => {
    expect(tagText('  ')?.trim()).toBe('');
  });
});

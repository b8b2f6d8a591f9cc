import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { ComponentProps } from 'react';

import { AppCard } from '../src/AppCard';
import type { CardDefinition } from '../src/types';
import { contactContext, definition as showcase } from './fixtures';

/** What a card's entry point may pass besides the definition and HubSpot's host. */
type Extra = Omit<ComponentProps<typeof AppCard>, 'definition' | 'context' | 'actions'>;

/** Renders a card on a contact record with HubSpot's test renderer; the record has a first name. */
export function renderCard(definition: CardDefinition = showcase, context = contactContext, extra: Extra = {}) {
  const renderer = createRenderer('crm.record.sidebar');
  const { actions } = renderer.mocks;
  actions.fetchCrmObjectProperties.willCall(async (names) => {
    const record: Record<string, string> = { firstname: 'Tim', email: 'tim@example.com', protected_account: 'yes' };
    return Object.fromEntries((names === '*' ? Object.keys(record) : names).map((n) => [n, record[n]]));
  });
  renderer.render(<AppCard definition={definition} context={context} actions={actions} {...extra} />);
  return renderer;
}

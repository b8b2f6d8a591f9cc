import type { CrmContext } from '@hubspot/ui-extensions';

/** The guide's example request as a card's context: user 12345 of account 987654 on contact 53701. */
export const guideContext = {
  location: 'crm.record.sidebar',
  user: { id: 12345, email: 'loggedinuser@hubspot.com', locale: 'en-US' },
  portal: { id: 987654, timezone: 'UTC' },
  crm: { objectId: 53701, objectTypeId: '0-1' },
} as unknown as CrmContext;

import type { CrmContext } from '@hubspot/ui-extensions';

import type { CardDefinition, CardResponse } from '../src/types';

/** A card with every data type, STATUS options of every colour and the guide's record types. */
export const definition: CardDefinition = {
  title: 'Showcase',
  fetch: {
    targetUrl: 'https://cards.example.com/showcase',
    objectTypes: [
      { name: 'contacts', propertiesToSend: ['firstname', 'email'] },
      { name: 'tickets', propertiesToSend: [] },
    ],
  },
  display: {
    properties: [
      { name: 'amount', label: 'Amount', dataType: 'CURRENCY', options: [] },
      { name: 'created', label: 'Created', dataType: 'DATE', options: [] },
      { name: 'updated', label: 'Updated', dataType: 'DATETIME', options: [] },
      { name: 'owner', label: 'Owner', dataType: 'EMAIL', options: [] },
      { name: 'page', label: 'Page', dataType: 'LINK', options: [] },
      { name: 'count', label: 'Count', dataType: 'NUMERIC', options: [] },
      {
        name: 'state',
        label: 'State',
        dataType: 'STATUS',
        options: [
          { name: 'NEW', label: 'New', type: 'DEFAULT' },
          { name: 'OK', label: 'Fine', type: 'SUCCESS' },
          { name: 'SLOW', label: 'Slow', type: 'WARNING' },
          { name: 'DOWN', label: 'Down', type: 'DANGER' },
          { name: 'FYI', label: 'Note', type: 'INFO' },
        ],
      },
      { name: 'project', label: 'Project', dataType: 'STRING', options: [] },
    ],
  },
  actions: { baseUrls: ['https://hooks.example.com'] },
};

export const showcaseResponse: CardResponse = {
  results: [
    {
      objectId: 1,
      title: 'First',
      link: 'https://cards.example.com/1',
      amount: '1234.5',
      created: '2016-09-15',
      updated: '1697233678777',
      owner: 'owner@example.com',
      page: 'https://example.com/page',
      count: '123456.75',
      state: 'DOWN',
      project: 'API',
      not_defined: 'dropped',
      properties: [
        { label: 'Impact', dataType: 'CURRENCY', value: '94.34', currencyCode: 'GBP' },
        { label: 'Day', dataType: 'DATE', value: '2023-10-13' },
        { label: 'At', dataType: 'DATETIME', value: '1697233678777' },
        { label: 'Resolved by', dataType: 'EMAIL', value: 'ijones@example.com' },
        { label: 'Docs', dataType: 'LINK', value: 'https://www.hubspot.com', linkLabel: 'Test link' },
        { label: 'Score', dataType: 'NUMERIC', value: '123.45' },
        { label: 'Health', dataType: 'STATUS', value: 'Errors occurring', optionType: 'DANGER' },
        { label: 'Note', dataType: 'STRING', value: 'Referred to documentation' },
      ],
      actions: [
        { type: 'IFRAME', label: 'Edit', uri: 'https://hooks.example.com/edit/1', width: 890, height: 748 },
        {
          type: 'ACTION_HOOK',
          label: 'Resolve',
          httpMethod: 'PUT',
          uri: 'https://hooks.example.com/tickets/1/resolve',
          associatedObjectProperties: ['firstname'],
        },
        {
          type: 'CONFIRMATION_ACTION_HOOK',
          label: 'Delete',
          httpMethod: 'DELETE',
          uri: 'https://hooks.example.com/tickets/1',
          associatedObjectProperties: ['protected_account'],
          confirmationMessage: 'Are you sure you want to delete this ticket?',
          confirmButtonText: 'Yes, delete',
          cancelButtonText: 'Keep it',
        },
      ],
    },
    { objectId: 2, title: 'Second', state: 'OK' },
  ],
  primaryAction: { type: 'IFRAME', label: 'Create Ticket', uri: 'https://hooks.example.com/create', width: 600, height: 400 },
  secondaryActions: [
    { type: 'ACTION_HOOK', label: 'Sync', httpMethod: 'POST', uri: 'https://hooks.example.com/sync' },
    { type: 'IFRAME', label: 'Report', uri: 'https://hooks.example.com/report', width: 500, height: 300 },
  ],
  settingsAction: { type: 'IFRAME', label: 'Settings', uri: 'https://hooks.example.com/settings', width: 890, height: 748 },
};

/** A contact record seen by a user of account 987654, in English and in UTC. */
export const contactContext = {
  location: 'crm.record.sidebar',
  user: { id: 12345, email: 'loggedinuser@hubspot.com', locale: 'en-US' },
  portal: { id: 987654, timezone: 'UTC' },
  crm: { objectId: 53701, objectTypeId: '0-1' },
  extension: { appId: 777 },
} as unknown as CrmContext;

import { EmptyState, ErrorState, Button, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { TIMEOUT_MS } from '../src/requests';
import { definition } from './fixtures';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';

describe('the data fetch and its states', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('GETs the target URL with the default parameters, the record’s properties and the app id', async () => {
    const calls = answerFetches(() => json({ results: [] }));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(EmptyState, 'empty')).not.toBeNull());
    expect(calls).toEqual([
      {
        method: 'GET',
        body: undefined,
        url:
          'https://cards.example.com/showcase?userId=12345&userEmail=loggedinuser%40hubspot.com'
          + '&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654'
          + '&firstname=Tim&email=tim%40example.com&appId=777',
      },
    ]);
    expect(card.mocks.actions.fetchCrmObjectProperties.calls[0][0]).toEqual(['firstname', 'email']);
  });

  it('names the record type HubSpot’s way for each object type id', async () => {
    const calls = answerFetches(() => json({ results: [] }));
    const ticket = { ...renderContext(), crm: { objectId: 8, objectTypeId: '0-5' } };
    const card = renderCard(definition, ticket as never);
    await card.waitFor(() => expect(card.maybeFindByTestId(EmptyState, 'empty')).not.toBeNull());
    expect(calls[0].url).toContain('associatedObjectType=TICKET');
    expect(card.mocks.actions.fetchCrmObjectProperties.calls.length).toBe(0);
  });

  it('shows a spinner while loading', () => {
    answerFetches(() => new Promise<Response>(() => {}));
    const card = renderCard();
    expect(card.findByTestId(LoadingSpinner, 'loading').props.label).toBe('Loading Showcase');
  });

  it('shows an empty state when there are no results', async () => {
    answerFetches(() => json({ results: [] }));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(EmptyState, 'empty')).not.toBeNull());
  });

  it('shows the server’s message when the fetch fails, and tries again on request', async () => {
    let answers = 0;
    answerFetches(() => (answers++ === 0 ? json({ message: 'Bug tracker is down' }, 503) : json({ results: [] })));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(ErrorState, 'error')).not.toBeNull());
    expect(card.findByTestId(ErrorState, 'error').find(Text).text).toBe('Bug tracker is down');
    card.findByTestId(Button, 'retry').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(EmptyState, 'empty')).not.toBeNull());
  });

  it('on 401 hints at the client secret and the public base URL', async () => {
    answerFetches(() => json({ message: 'Invalid signature' }, 401));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(ErrorState, 'error')).not.toBeNull());
    const text = card.findByTestId(ErrorState, 'error').find(Text).text ?? '';
    expect(text).toContain('Invalid signature');
    expect(text).toContain("client secret");
    expect(text).toContain('public base URL');
  });

  it('says so when the server does not answer in time', async () => {
    vi.useFakeTimers();
    answerFetches(() => new Promise<Response>(() => {}));
    const card = renderCard();
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS + 1);
    vi.useRealTimers();
    await card.waitFor(() => expect(card.maybeFindByTestId(ErrorState, 'error')).not.toBeNull());
    expect(card.findByTestId(ErrorState, 'error').find(Text).text).toBe('The server did not answer within 5 seconds.');
  });

  it('treats an answer without a results array as an error, not a crash', async () => {
    answerFetches(() => json({ results: null }));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(ErrorState, 'error')).not.toBeNull());
  });
});

function renderContext() {
  return {
    location: 'crm.record.sidebar',
    user: { id: 1, email: 'a@example.com', locale: 'en-US' },
    portal: { id: 2, timezone: 'UTC' },
  };
}

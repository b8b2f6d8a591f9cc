import { Button, ErrorState, Link, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';

import { sendHook } from '../src/requests';
import type { CardAction } from '../src/types';
import { contactContext, showcaseResponse } from './fixtures';
import { answerFetches, json } from './hubspotFetch';
import { renderCard } from './render';

/**
 * HubSpot's fetch proxy answers a server's 3xx-5xx with its own envelope, the server's body
 * inside it as parsed JSON or as text (HUBSPOT-SPEC §12 "Errors through the proxy").
 */
function envelope(status: number, responseBody: unknown): Record<string, unknown> {
  return {
    status: 'error',
    category: 'BAD_GATEWAY',
    message: 'Error returned from Request Uri',
    responseBody,
    errors: [{ message: `Unacceptable HTTP status ${status} calling URI` }],
    context: { appServerStatusCode: [String(status)], uri: ['https://cards.example.com/showcase'] },
  };
}

const shapes = [
  { shape: 'a parsed object', body: (server: unknown) => server },
  { shape: 'its text', body: (server: unknown) => JSON.stringify(server) },
];

describe.each(shapes)('a server error inside HubSpot’s proxy envelope, its body as $shape', ({ body }) => {
  it('shows the server’s message when the data fetch fails', async () => {
    answerFetches(() => json(envelope(503, body({ message: 'Bug tracker is down' })), 502));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(ErrorState, 'error')).not.toBeNull());
    expect(card.findByTestId(ErrorState, 'error').find(Text).text).toBe('Bug tracker is down');
  });

  it('gives the hint for the server’s 401, not for the proxy’s status', async () => {
    answerFetches(() => json(envelope(401, body({ message: 'missing or invalid signature' })), 502));
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(ErrorState, 'error')).not.toBeNull());
    const text = card.findByTestId(ErrorState, 'error').find(Text).text ?? '';
    expect(text).toMatch(/^missing or invalid signature The server refused HubSpot's signature \(401\)/);
  });

  it('alerts the server’s message when a hook fails', async () => {
    answerFetches((call) =>
      call.method === 'GET'
        ? json(showcaseResponse)
        : json(envelope(409, body({ message: 'Ticket is locked' })), 502),
    );
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Link, 'title-1')).not.toBeNull());
    card.findByTestId(Button, 'action-1-1').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'danger', title: 'Resolve failed', message: 'Ticket is locked',
    });
  });

  it('reads the status and the field errors of a form’s invalid answer', async () => {
    const invalid = { message: 'The order is not valid.', errors: { quantity: 'must be at most 100' } };
    answerFetches(() => json(envelope(400, body(invalid)), 502));
    const answer = await sendHook(hook, 'POST', host());
    expect(answer).toEqual({
      ok: false, status: 400, message: 'The order is not valid.', errors: { quantity: 'must be at most 100' },
    });
  });
});

describe('other error answers', () => {
  it('reads the envelope when HubSpot rejects the fetch with it', async () => {
    answerFetches(() => Promise.reject(envelope(500, { message: 'Database unavailable' })));
    expect(await sendHook(hook, 'POST', host())).toEqual({ ok: false, status: 500, message: 'Database unavailable' });
  });

  it('says what the status was when the server’s body has no message', async () => {
    answerFetches(() => json(envelope(504, '<html>Gateway Timeout</html>'), 502));
    expect(await sendHook(hook, 'POST', host())).toEqual({ ok: false, status: 504, message: 'The server answered HTTP 504.' });
  });

  it('reads the server’s own answer the same way when nothing wraps it', async () => {
    answerFetches(() => json({ message: 'Pick a quantity.', errors: { quantity: 'is required', note: 7 } }, 400));
    expect(await sendHook(hook, 'POST', host())).toEqual({
      ok: false, status: 400, message: 'Pick a quantity.', errors: { quantity: 'is required' },
    });
  });

  it('does not mistake the envelope for a success', async () => {
    answerFetches(() => json(envelope(500, { message: 'Handler failed' }), 200));
    expect(await sendHook(hook, 'POST', host())).toEqual({ ok: false, status: 500, message: 'Handler failed' });
  });
});

const hook: CardAction = { type: 'ACTION_HOOK', label: 'Order', httpMethod: 'POST', uri: 'https://hooks.example.com/orders' };

/** The host a card gets from HubSpot: a contact record and the test renderer's mocked actions. */
function host() {
  const { actions } = createRenderer('crm.record.sidebar').mocks;
  return { context: contactContext, actions };
}

import { Button, Dropdown, Icon, Link, Text, Tile } from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';

import { mayReach } from '../src/actionRules';
import {
  ACTION_TYPES,
  BASE_URL_CHECKED_ACTION_TYPES,
  DEFAULT_IFRAME_HEIGHT,
  DEFAULT_IFRAME_WIDTH,
  isBaseUrlCheckedActionType,
} from '../src/vocabulary';
import { showcaseResponse } from './fixtures';
import { answerFetches, heldAnswers, json, type FetchCall } from './hubspotFetch';
import { renderCard } from './render';

/** The card answers the data fetch with the showcase, and hooks with 200 and a message. */
function serve(hookAnswer: (call: FetchCall) => Promise<Response> | Response = (call) => json({ message: `${call.method} done` })) {
  return answerFetches((call) =>
    call.url.startsWith('https://cards.example.com/showcase') ? json(showcaseResponse) : hookAnswer(call),
  );
}

async function loadedCard() {
  const card = renderCard();
  await card.waitFor(() => expect(card.maybeFindByTestId(Link, 'title-1')).not.toBeNull());
  return card;
}

/** Polls `check` until it passes: a request goes out without the card drawing anything new. */
async function until(check: () => void, timeoutMs = 1000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (failure) {
      if (Date.now() > end) {
        throw failure;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const fetchesOf = (calls: FetchCall[]) => calls.filter((c) => c.url.startsWith('https://cards.example.com'));

describe('actions', () => {
  it('opens an IFRAME action in HubSpot’s iframe modal with its width and height', async () => {
    serve();
    const card = await loadedCard();
    card.findByTestId(Button, 'action-1-0').trigger('onClick');
    expect(card.mocks.actions.openIframeModal.calls[0][0]).toEqual({
      uri: 'https://hooks.example.com/edit/1',
      width: 890,
      height: 748,
      title: 'First: Edit',
    });
  });

  it('opens an IFRAME action without a size at the rules’ default size', async () => {
    const sizeless = { ...showcaseResponse, primaryAction: { type: 'IFRAME' as const, label: 'Create', uri: 'https://hooks.example.com/new' } };
    answerFetches(() => json(sizeless));
    const card = await loadedCard();
    card.findByTestId(Button, 'primaryAction').trigger('onClick');
    expect(card.mocks.actions.openIframeModal.calls[0][0]).toEqual({
      uri: 'https://hooks.example.com/new',
      width: DEFAULT_IFRAME_WIDTH,
      height: DEFAULT_IFRAME_HEIGHT,
      title: 'Create',
    });
  });

  it('opens no IFRAME outside the card’s action base URLs, nor one that is not http(s)', async () => {
    const elsewhere = {
      ...showcaseResponse,
      primaryAction: { type: 'IFRAME' as const, label: 'Create Ticket', uri: 'javascript:alert(document.domain)' },
      settingsAction: { type: 'IFRAME' as const, label: 'Settings', uri: 'https://elsewhere.example.org/settings' },
    };
    answerFetches(() => json(elsewhere));
    const card = await loadedCard();
    card.findByTestId(Button, 'primaryAction').trigger('onClick');
    card.findByTestId(Button, 'settingsAction').trigger('onClick');
    expect(card.mocks.actions.openIframeModal.calls).toHaveLength(0);
    expect(card.mocks.actions.addAlert.calls.map((call) => call[0])).toEqual([
      { type: 'danger', message: "Create Ticket: javascript:alert(document.domain) is not under the card's action base URLs." },
      { type: 'danger', message: "Settings: https://elsewhere.example.org/settings is not under the card's action base URLs." },
    ]);
  });

  it('sends an ACTION_HOOK with its method and a JSON body, alerts the server’s message and refreshes', async () => {
    const calls = serve();
    const card = await loadedCard();
    card.findByTestId(Button, 'action-1-1').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    const hook = calls.find((c) => c.method === 'PUT')!;
    expect(hook.url).toBe('https://hooks.example.com/tickets/1/resolve');
    expect(hook.body).toEqual({
      userId: '12345',
      userEmail: 'loggedinuser@hubspot.com',
      associatedObjectId: '53701',
      associatedObjectType: 'CONTACT',
      portalId: '987654',
      firstname: 'Tim',
    });
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({ type: 'success', message: 'PUT done' });
    await card.waitFor(() => expect(fetchesOf(calls).length).toBe(2));
  });

  it('sends a hook once however often its button is clicked while it is on its way, and again after', async () => {
    const { hold, release } = heldAnswers();
    const calls = serve((call) => hold(() => json({ message: `${call.method} done` })));
    const card = await loadedCard();
    const resolve = () => card.findByTestId(Button, 'action-1-1').trigger('onClick');
    resolve();
    resolve();
    resolve();
    await until(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    release();
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    await card.waitFor(() => expect(fetchesOf(calls).length).toBe(2));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);

    resolve();
    await until(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    release();
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(2));
    await card.waitFor(() => expect(fetchesOf(calls).length).toBe(3));
  });

  it('asks first for a CONFIRMATION_ACTION_HOOK with its three texts, then sends it with query parameters', async () => {
    const calls = serve();
    const card = await loadedCard();
    card.findByTestId(Button, 'action-1-2').trigger('onClick');
    expect(card.findByTestId(Tile, 'confirmation').find(Text).text).toBe('First: Are you sure you want to delete this ticket?');
    expect(card.findByTestId(Button, 'confirm').text).toBe('Yes, delete');
    expect(card.findByTestId(Button, 'cancel').text).toBe('Keep it');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    card.findByTestId(Button, 'confirm').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    const hook = calls.find((c) => c.method === 'DELETE')!;
    expect(hook.body).toBeUndefined();
    expect(hook.url).toBe(
      'https://hooks.example.com/tickets/1?userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701'
        + '&associatedObjectType=CONTACT&portalId=987654&protected_account=yes',
    );
    await card.waitFor(() => expect(fetchesOf(calls).length).toBe(2));
  });

  it('keeps the tiles and says why when the refresh after a hook fails', async () => {
    let fetches = 0;
    answerFetches((call) => {
      if (!call.url.startsWith('https://cards.example.com/showcase')) {
        return json({ message: `${call.method} done` });
      }
      return fetches++ === 0 ? json(showcaseResponse) : json({ message: 'The shop is down.' }, 503);
    });
    const card = await loadedCard();
    card.findByTestId(Button, 'action-1-1').trigger('onClick');
    await until(() => expect(card.mocks.actions.addAlert.calls.length).toBe(2)); // the card draws nothing new
    expect(card.mocks.actions.addAlert.calls[1][0]).toEqual({
      type: 'danger', title: 'Showcase could not refresh', message: 'The shop is down.',
    });
    expect(card.maybeFindByTestId(Link, 'title-1')).not.toBeNull();
  });

  it('sends nothing when a confirmation is cancelled', async () => {
    const calls = serve();
    const card = await loadedCard();
    card.findByTestId(Button, 'action-1-2').trigger('onClick');
    card.findByTestId(Button, 'cancel').trigger('onClick');
    expect(card.maybeFindByTestId(Tile, 'confirmation')).toBeNull();
    // A hook reads the record's values before it is sent: give a wrong one time to go out.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.length).toBe(1);
  });

  it('puts the primary action below the objects, secondary actions in a menu and settings behind a gear', async () => {
    const calls = serve();
    const card = await loadedCard();
    card.findByTestId(Button, 'primaryAction').trigger('onClick');
    expect(card.findByTestId(Button, 'primaryAction').text).toBe('Create Ticket');
    expect(card.mocks.actions.openIframeModal.calls[0][0]).toMatchObject({
      uri: 'https://hooks.example.com/create', width: 600, height: 400,
    });
    const items = card.findByTestId(Dropdown, 'secondaryActions').findAll(Dropdown.ButtonItem);
    expect(items.map((item) => item.text)).toEqual(['Sync', 'Report']);
    items[0].trigger('onClick');
    await card.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    await card.waitFor(() => expect(fetchesOf(calls).length).toBe(2));
    expect(card.findByTestId(Button, 'settingsAction').find(Icon).props).toMatchObject({ name: 'settings', screenReaderText: 'Settings' });
    card.findByTestId(Button, 'settingsAction').trigger('onClick');
    expect(card.mocks.actions.openIframeModal.calls[1][0]).toMatchObject({ uri: 'https://hooks.example.com/settings' });
  });

  it('shows a failing hook’s message as an error alert', async () => {
    const calls = serve(() => json({ message: 'Ticket is locked' }, 409));
    const card = await loadedCard();
    card.findByTestId(Button, 'action-1-1').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'danger', title: 'Resolve failed', message: 'Ticket is locked',
    });
    await card.waitFor(() => expect(fetchesOf(calls).length).toBe(2));
  });

  it('refuses a hook outside the card’s action base URLs without sending it', async () => {
    const calls = answerFetches(() =>
      json({ results: [{ objectId: 9, title: 'Odd', actions: [{ type: 'ACTION_HOOK', label: 'Go', uri: 'https://elsewhere.example.org/x' }] }] }),
    );
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'action-9-0')).not.toBeNull());
    card.findByTestId(Button, 'action-9-0').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(card.mocks.actions.addAlert.calls[0][0].type).toBe('danger');
    expect(calls.length).toBe(1);
  });

  it('refuses a hook whose method is spelled otherwise than the rules spell it, without sending it', async () => {
    const calls = answerFetches(() =>
      json({ results: [{ objectId: 9, title: 'Odd', actions: [{ type: 'ACTION_HOOK', label: 'Go', httpMethod: 'post', uri: 'https://hooks.example.com/x' }] }] }),
    );
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'action-9-0')).not.toBeNull());
    card.findByTestId(Button, 'action-9-0').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'danger', message: 'Go: the method must be one of GET, POST, PUT, DELETE, PATCH, got "post".',
    });
    expect(calls.length).toBe(1);
  });

  it('says at the click that a confirmation hook with such a method cannot go, and asks nothing', async () => {
    const calls = answerFetches(() =>
      json({
        results: [{
          objectId: 9, title: 'Odd',
          actions: [{
            type: 'CONFIRMATION_ACTION_HOOK', label: 'Drop', httpMethod: 'delete', uri: 'https://hooks.example.com/x',
            confirmationMessage: 'Sure?', confirmButtonText: 'Yes', cancelButtonText: 'No',
          }],
        }],
      }),
    );
    const card = renderCard();
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'action-9-0')).not.toBeNull());
    card.findByTestId(Button, 'action-9-0').trigger('onClick');
    expect(card.maybeFindByTestId(Tile, 'confirmation')).toBeNull();
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'danger', message: 'Drop: the method must be one of GET, POST, PUT, DELETE, PATCH, got "delete".',
    });
    expect(calls.length).toBe(1);
  });

  it('checks against the base URLs exactly the action types the rules say it does, IFRAME among them', () => {
    // The checker's half: ResponseCheckTest reports each of these outside the base URLs as an app-card error.
    const outside = 'https://elsewhere.example.org/x';
    expect(BASE_URL_CHECKED_ACTION_TYPES).toContain('IFRAME');
    for (const type of ACTION_TYPES) {
      expect(mayReach({ type, uri: outside }, ['https://hooks.example.com']), type).toBe(!isBaseUrlCheckedActionType(type));
      expect(mayReach({ type, uri: 'https://hooks.example.com/x' }, ['https://hooks.example.com']), type).toBe(true);
    }
  });
});

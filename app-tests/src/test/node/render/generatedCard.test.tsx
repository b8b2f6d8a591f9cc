/**
 * Renders the card a generated project ships, with HubSpot's test renderer, against the real
 * card server. Every `hubspot.fetch` is handed to the signing stand-in for HubSpot
 * (CRMCARDS_FETCH_PROXY), which signs it with v3 for the URL the card asked for and sends it on.
 *
 * CRMCARDS_CARD_ENTRY: the generated entry point; CRMCARDS_CARD_EXPORT: its component;
 * CRMCARDS_EXPECTED: the guide's example response, which every object, property and action of
 * must show.
 */
import { readFileSync } from 'node:fs';

import type { CrmContext } from '@hubspot/ui-extensions';
import { Button, DescriptionListItem, Dropdown, Icon, Link, StatusTag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';

import { guideContext } from './guideContext';
import { env, forwardFetches } from './signedFetch';


interface Expected {
  results: Array<Record<string, unknown> & {
    objectId: number;
    title: string;
    link?: string;
    properties?: Array<{ label: string; dataType: string; value: string }>;
    actions?: Array<{ label: string }>;
  }>;
  primaryAction?: { label: string };
  settingsAction?: { label: string };
}

interface Definition {
  display: { properties: Array<{ name: string; label: string; dataType: string; options: Array<{ name: string; label: string }> }> };
}

forwardFetches();

const context = guideContext;

const record: Record<string, string> = {
  firstname: 'Tim',
  email: 'timrobinson@itysl.com',
  lastname: 'Robinson',
  protected_account: 'false',
};

async function renderGeneratedCard() {
  const module = await import(env('CRMCARDS_CARD_ENTRY'));
  const Card = module[env('CRMCARDS_CARD_EXPORT')] as ComponentType<{ context: CrmContext; actions: unknown }>;
  const renderer = createRenderer('crm.record.sidebar');
  const { actions } = renderer.mocks;
  actions.fetchCrmObjectProperties.willCall(async (names) =>
    Object.fromEntries((names === '*' ? Object.keys(record) : names).map((name) => [name, record[name]])),
  );
  renderer.render(<Card context={context} actions={actions} />);
  await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Link, 'title-245')).not.toBeNull(), { timeoutInMs: 10000 });
  return renderer;
}

describe('the generated card against the example server', () => {
  const expected = JSON.parse(readFileSync(env('CRMCARDS_EXPECTED'), 'utf8')) as Expected;
  const definition = JSON.parse(
    readFileSync(env('CRMCARDS_CARD_ENTRY').replace(/\.tsx$/, '.definition.json'), 'utf8'),
  ) as Definition;

  it('shows every object, property and action of the guide’s example response', async () => {
    const card = await renderGeneratedCard();
    for (const object of expected.results) {
      const id = object.objectId;
      const title = card.findByTestId(Link, `title-${id}`);
      expect(title.text).toBe(object.title);
      expect(title.props.href).toEqual({ url: object.link, external: true });

      for (const property of definition.display.properties) {
        const value = object[property.name];
        if (value === undefined) continue;
        const testId = `value-${id}-${property.name}`;
        switch (property.dataType) {
          case 'STATUS': {
            const option = property.options.find((o) => o.name === value);
            expect(option, `${property.name} = ${value} is an option`).toBeDefined();
            expect(card.findByTestId(StatusTag, testId).text).toBe(option!.label);
            break;
          }
          case 'EMAIL':
            expect(card.findByTestId(Link, testId).props.href).toBe(`mailto:${value}`);
            break;
          case 'DATE':
            expect(card.findByTestId(Text, testId).text).toBe(
              new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)),
            );
            break;
          default:
            expect(card.findByTestId(Text, testId).text).toBe(String(value));
        }
      }

      (object.properties ?? []).forEach((property, index) => {
        const testId = `value-${id}-extra-${index}`;
        const shown = card.maybeFind(Text, { testId }) ?? card.find(Link, { testId });
        expect(shown.text).toContain(property.dataType === 'CURRENCY' ? '94.34' : property.value);
        expect(card.findAll(DescriptionListItem, { label: property.label }).length).toBeGreaterThan(0);
      });

      const labels = (object.actions ?? []).map((_, index) => card.findByTestId(Button, `action-${id}-${index}`).text);
      expect(labels).toEqual((object.actions ?? []).map((action) => action.label));
    }
    expect(card.findByTestId(Button, 'primaryAction').text).toBe(expected.primaryAction!.label);
    expect(card.findByTestId(Button, 'settingsAction').find(Icon).props.screenReaderText).toBe(expected.settingsAction!.label);
    // Beyond the guide, the example's card-level form is in the "Actions" menu (formCard.test.tsx).
    expect(card.findByTestId(Dropdown, 'secondaryActions').findAll(Dropdown.ButtonItem).map((item) => item.text)).toEqual([
      'Report a bug',
    ]);
  });

  it('opens the IFRAME actions in HubSpot’s modal', async () => {
    const card = await renderGeneratedCard();
    card.findByTestId(Button, 'action-245-0').trigger('onClick');
    card.findByTestId(Button, 'primaryAction').trigger('onClick');
    expect(card.mocks.actions.openIframeModal.calls.map(([payload]) => payload.uri)).toEqual([
      'https://example.com/edit-iframe-contents',
      'https://example.com/create-iframe-contents',
    ]);
  });

  it('sends the hook actions, signed, and the server answers them with success', async () => {
    const card = await renderGeneratedCard();
    expect(card.findByTestId(Button, 'action-245-2').text).toBe('Resolve');
    card.findByTestId(Button, 'action-245-2').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1), { timeoutInMs: 10000 });
    expect(card.mocks.actions.addAlert.calls[0][0].type).toBe('success');

    // The card fetches again: ticket 245 is resolved now, so only the actions of a closed ticket
    // are left (those of the guide's resolved ticket 988), Delete second.
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'action-245-2')).toBeNull(), { timeoutInMs: 10000 });
    const labels = (id: number) => {
      const shown: string[] = [];
      let button = card.maybeFindByTestId(Button, `action-${id}-0`);
      while (button) {
        shown.push(button.text);
        button = card.maybeFindByTestId(Button, `action-${id}-${shown.length}`);
      }
      return shown;
    };
    expect(labels(245)).toEqual(labels(988));
    expect(card.findByTestId(Button, 'action-245-1').text).toBe('Delete');
    card.findByTestId(Button, 'action-245-1').trigger('onClick');
    card.findByTestId(Button, 'confirm').trigger('onClick');
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(2), { timeoutInMs: 10000 });
    expect(card.mocks.actions.addAlert.calls[1][0].type).toBe('success');
  });
});

/**
 * Fills and sends the bug tracker's "Report a bug" form in the card a generated project ships,
 * with HubSpot's test renderer against the real example server (signedFetch.ts): refused at its
 * input by the card, refused at the same input by the server when the card's check is bypassed,
 * accepted with good values.
 *
 * CRMCARDS_CARD_ENTRY: the generated entry point; CRMCARDS_CARD_EXPORT: its component. The card UI
 * (crmcards/), the definition and the view sit beside it, as `app` writes them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { CrmContext } from '@hubspot/ui-extensions';
import {
  Alert,
  Checkbox,
  CurrencyInput,
  Dropdown,
  Form,
  Input,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
} from '@hubspot/ui-extensions';
import { createRenderer, type RenderedFragmentNode } from '@hubspot/ui-extensions/testing';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';

import { guideContext } from './guideContext';
import { env, forwardFetches, type Exchange } from './signedFetch';

const exchanges: Exchange[] = [];
forwardFetches((exchange) => exchanges.push(exchange));
const reports = () => exchanges.filter((e) => e.method === 'POST' && e.url.startsWith('https://example.com/tickets?'));

const context = guideContext;

const entry = env('CRMCARDS_CARD_ENTRY');
const besideEntry = (suffix: string) => JSON.parse(readFileSync(entry.replace(/\.tsx$/, suffix), 'utf8'));

type Card = ReturnType<typeof createRenderer>;

async function shown(draw: (card: Card) => void) {
  const card = createRenderer('crm.record.sidebar');
  card.mocks.actions.fetchCrmObjectProperties.willCall(async () => ({}));
  draw(card);
  await card.waitFor(() => expect(card.maybeFindByTestId(Dropdown, 'secondaryActions')).not.toBeNull(), { timeoutInMs: 10000 });
  return card;
}

/** The generated card, as HubSpot renders it. */
async function generatedCard() {
  const module = await import(entry);
  const Card = module[env('CRMCARDS_CARD_EXPORT')] as ComponentType<{ context: CrmContext; actions: unknown }>;
  return shown((card) => card.render(<Card context={context} actions={card.mocks.actions} />));
}

/**
 * The same card drawn from a view without the estimate's limits: the card's own check is
 * bypassed, so only the server can refuse the value.
 */
async function cardWithoutTheEstimatesLimits() {
  const { AppCard } = await import(path.join(path.dirname(entry), 'crmcards', 'AppCard.tsx'));
  const view = besideEntry('.view.json');
  for (const input of view.forms.reportBug.inputs) {
    if (input.name === 'estimateHours') {
      delete input.min;
      delete input.max;
    }
  }
  const definition = besideEntry('.definition.json');
  return shown((card) =>
    card.render(<AppCard definition={definition} view={view} context={context} actions={card.mocks.actions} />),
  );
}

/** The form the "Report a bug" menu item opens; looked up again after every change. */
const reportForm = (card: Card) => () => {
  const item = card
    .findByTestId(Dropdown, 'secondaryActions')
    .findAll(Dropdown.ButtonItem)
    .find((i) => i.text === 'Report a bug');
  expect(item, 'the menu has "Report a bug"').toBeDefined();
  return item!.props.overlay as RenderedFragmentNode;
};

function fill(form: () => RenderedFragmentNode, estimateHours: number) {
  form().find(Input, { name: 'title' }).trigger('onInput', 'Login fails on Safari' as never);
  form().find(Select, { name: 'severity' }).trigger('onChange', 'HIGH' as never);
  form().find(NumberInput, { name: 'estimateHours' }).trigger('onChange', estimateHours as never);
  form().find(MultiSelect, { name: 'tags' }).trigger('onChange', ['API', 'DATA_LOSS'] as never);
  form().find(Checkbox, { name: 'blocking' }).trigger('onChange', true as never);
  form().find(Input, { name: 'build' }).trigger('onInput', '1.4.2' as never);
  form().find(CurrencyInput, { name: 'cost' }).trigger('onChange', 12.5 as never);
}

const submit = (form: () => RenderedFragmentNode) => form().find(Form).trigger('onSubmit', undefined as never);

describe('the generated card’s "Report a bug" form against the example server', () => {
  it('refuses an estimate above 40 hours at its input, in the card, and sends nothing', async () => {
    const card = await generatedCard();
    const form = reportForm(card);
    expect(form().find(Modal).props.title).toBe('Report a bug');
    fill(form, 50);
    submit(form);
    expect(form().find(NumberInput, { name: 'estimateHours' }).props).toMatchObject({
      error: true, validationMessage: 'Enter a number of at most 40.',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reports()).toEqual([]);
  });

  it('is refused by the server at the same input, in the same words, when the card’s check is bypassed', async () => {
    const card = await cardWithoutTheEstimatesLimits();
    const form = reportForm(card);
    fill(form, 50);
    submit(form);
    await card.waitFor(() => expect(form().maybeFind(Alert)).not.toBeNull(), { timeoutInMs: 10000 });
    expect(reports().map((e) => e.status)).toEqual([400]);
    expect(form().find(NumberInput, { name: 'estimateHours' }).props).toMatchObject({
      error: true, validationMessage: 'Enter a number of at most 40.',
    });
    expect(card.mocks.actions.closeOverlay.calls).toEqual([]);
  });

  it('is accepted with good values: the form closes, the server’s message shows, the card refreshes', async () => {
    const card = await generatedCard();
    const form = reportForm(card);
    fill(form, 2.5);
    const fetchesBefore = exchanges.filter((e) => e.method === 'GET').length;
    submit(form);
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1), { timeoutInMs: 10000 });
    expect(card.mocks.actions.addAlert.calls[0][0]).toMatchObject({ type: 'success', message: expect.stringMatching(/^Ticket \d+ filed\.$/) });
    expect(card.mocks.actions.closeOverlay.calls.length).toBe(1);
    expect(reports().slice(1)).toMatchObject([{
      status: 200,
      body: {
        title: 'Login fails on Safari', severity: 'HIGH', estimateHours: 2.5, tags: ['API', 'DATA_LOSS'],
        blocking: true, build: '1.4.2', cost: 12.5,
      },
    }]);
    await card.waitFor(
      () => expect(exchanges.filter((e) => e.method === 'GET').length).toBeGreaterThan(fetchesBefore),
      { timeoutInMs: 10000 },
    );
  });
});

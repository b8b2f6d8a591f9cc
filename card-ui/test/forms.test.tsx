import {
  Alert,
  Button,
  Checkbox,
  CurrencyInput,
  DateInput,
  Dropdown,
  Form,
  Input,
  Modal,
  MultiSelect,
  NumberInput,
  Panel,
  Select,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import { createRenderer, type RenderedFragmentNode } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';

import { AppCard } from '../src/AppCard';
import type { CardResponse } from '../src/types';
import type { CardView } from '../src/viewTypes';
import { formBody } from '../src/formBody';
import { FormField, NO_CHOICE } from '../src/FormField';
import { checkForm } from '../src/formRules';
import type { FormInput } from '../src/formTypes';
import { formOverlayKind } from '../src/FormView';
import { CARD_LOCATIONS, FORM_MESSAGES, INVALID_FORM_MESSAGE, MAX_TEXT_LENGTH } from '../src/vocabulary';
import { contactContext, definition } from './fixtures';
import { formsResponse, formsView, goodOrder } from './formFixtures';
import { answerFetches, json, type FetchCall } from './hubspotFetch';

const text = (rule: string) => FORM_MESSAGES.find((m) => m.rule === rule)!.text;

type Location = 'crm.record.sidebar' | 'crm.record.tab';

/** Renders the forms card with HubSpot's test renderer at a location, once its data is in. */
async function formsCard(location: Location = 'crm.record.sidebar', view: CardView = formsView) {
  const renderer = createRenderer(location);
  const { actions } = renderer.mocks;
  actions.fetchCrmObjectProperties.willCall(async (names) =>
    Object.fromEntries((names === '*' ? ['firstname'] : names).map((n) => [n, n === 'firstname' ? 'Tim' : ''])),
  );
  renderer.render(
    <AppCard definition={definition} view={view} context={{ ...contactContext, location }} actions={actions} />,
  );
  await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Button, 'primaryAction')).not.toBeNull());
  return renderer;
}

type Card = Awaited<ReturnType<typeof formsCard>>;

/** The overlay a button opens; looked up again after each change, as the renderer's nodes are snapshots. */
const overlayOf = (card: Card, testId = 'primaryAction') => () =>
  card.findByTestId(Button, testId).props.overlay as RenderedFragmentNode;

/** Serves the data fetch with the forms card and answers each form with `answer`. */
function serve(answer: (call: FetchCall) => Response | Promise<Response>, response: CardResponse = formsResponse) {
  return answerFetches((call) => (call.method === 'GET' ? json(response) : answer(call)));
}

const posts = (calls: FetchCall[]) => calls.filter((c) => c.method !== 'GET');
const gets = (calls: FetchCall[]) => calls.filter((c) => c.method === 'GET');

/** Fills the order form as a user would, each input through its own event, with goodOrder's values. */
function fillOrder(form: () => RenderedFragmentNode) {
  form().find(Input, { name: 'product' }).trigger('onInput', 'Desk' as never);
  form().find(NumberInput, { name: 'quantity' }).trigger('onChange', 3 as never);
  form().find(DateInput, { name: 'deliverBy' }).trigger('onChange', { year: 2027, month: 1, date: 28 } as never);
  form().find(Select, { name: 'priority' }).trigger('onChange', 'HIGH' as never);
  form().find(MultiSelect, { name: 'channels' }).trigger('onChange', ['EMAIL', 'PHONE'] as never);
  form().find(Checkbox, { name: 'giftWrap' }).trigger('onChange', true as never);
  form().find(TextArea, { name: 'notes' }).trigger('onInput', 'Ring twice' as never);
  form().find(CurrencyInput, { name: 'budget' }).trigger('onChange', 1234.5 as never);
  form().find(Input, { name: 'code' }).trigger('onInput', 'ABC-12' as never);
}

const submit = (form: () => RenderedFragmentNode) => form().find(Form).trigger('onSubmit', undefined as never);


const usualQuery =
  'userId=12345&userEmail=loggedinuser%40hubspot.com&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654';

describe('an optional select', () => {
  it('offers no value first, which takes the choice back', () => {
    const renderer = createRenderer('crm.record.sidebar');
    const entered: unknown[] = [];
    const size: FormInput = {
      name: 'size', label: 'Size', type: 'SELECT', required: false,
      options: [{ value: 'S', label: 'Small' }, { value: 'L', label: 'Large' }],
    };
    renderer.render(<FormField formId="f" input={size} value="S" onValue={(v) => entered.push(v)} />);
    const select = renderer.find(Select, { name: 'size' });
    expect(select.props.options).toEqual([NO_CHOICE, ...size.options!]);
    select.trigger('onChange', '' as never);
    expect(entered).toEqual(['']);
    expect(checkForm([size], { size: '' })).toEqual({});
    expect(formBody([size], { size: '' })).toEqual({});

    renderer.render(<FormField formId="f" input={{ ...size, required: true }} value="S" onValue={() => {}} />);
    expect(renderer.find(Select, { name: 'size' }).props.options).toEqual(size.options);
  });
});

describe('a FORM action', () => {
  it('opens its form in a Modal in the sidebar, each input drawn by its type', async () => {
    serve(() => json({}));
    const card = await formsCard();
    const form = overlayOf(card);
    expect(form().find(Modal).props).toMatchObject({ title: 'New order', id: 'form-primary' });
    expect(form().find(Input, { name: 'product' }).props).toMatchObject({
      label: 'Product', required: true, placeholder: 'What to ship', description: 'As the catalogue names it', error: false,
    });
    expect(form().find(NumberInput, { name: 'quantity' }).props).toMatchObject({
      label: 'Quantity', required: true, min: 1, max: 100, precision: 0,
    });
    expect(form().find(DateInput, { name: 'deliverBy' }).props).toMatchObject({ label: 'Deliver by', required: false });
    expect(form().find(Select, { name: 'priority' }).props.options).toEqual([
      { value: 'LOW', label: 'Low' }, { value: 'HIGH', label: 'High' },
    ]);
    expect(form().find(MultiSelect, { name: 'channels' }).props).toMatchObject({ label: 'Channels', value: [] });
    expect(form().find(Checkbox, { name: 'giftWrap' })).toMatchObject({
      text: 'Gift wrap', props: { checked: false, description: 'Wrapped in paper' },
    });
    expect(form().find(TextArea, { name: 'notes' }).props).toMatchObject({ label: 'Notes', maxLength: 20 });
    expect(form().find(CurrencyInput, { name: 'budget' }).props).toMatchObject({ currency: 'EUR', max: 5000.5 });
    expect(form().find(NumberInput, { name: 'weight' }).props).toMatchObject({ min: 0.5 });
    expect(form().find(Input, { name: 'code' }).props).toMatchObject({ placeholder: 'ABC-1', required: true });
    expect(form().find(Button, { type: 'submit' }).text).toBe('New order');
  });

  it('opens in a Panel on a record tab', async () => {
    serve(() => json({}));
    const card = await formsCard('crm.record.tab');
    expect(overlayOf(card)().find(Panel).props).toMatchObject({ title: 'New order', id: 'form-primary' });
    expect(overlayOf(card)().maybeFind(Modal)).toBeNull();
  });

  it('opens as a panel only where the page has room for one', () => {
    expect(Object.fromEntries(CARD_LOCATIONS.map((l) => [l.hubspotLocation, formOverlayKind(l.hubspotLocation)]))).toEqual({
      'crm.record.sidebar': 'modal',
      'crm.record.tab': 'panel',
      'crm.preview': 'modal',
      'helpdesk.sidebar': 'modal',
    });
  });

  it('sends the filled form once as typed JSON, closes, shows the server’s message and refreshes the card', async () => {
    const calls = serve(() => json({ message: 'Order 8 placed' }));
    const card = await formsCard();
    const form = overlayOf(card);
    fillOrder(form);
    submit(form);
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(posts(calls)).toEqual([
      { url: `https://hooks.example.com/orders?${usualQuery}`, method: 'POST', body: goodOrder },
    ]);
    expect(card.mocks.actions.closeOverlay.calls).toEqual([['form-primary']]);
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({ type: 'success', message: 'Order 8 placed' });
    await card.waitFor(() => expect(gets(calls).length).toBe(2));
    // Opened again, the form is empty.
    expect(form().find(Input, { name: 'product' }).props.value).toBe('');
  });

  it('checks each input as the user types and shows HubSpot’s error on it', async () => {
    serve(() => json({}));
    const card = await formsCard();
    const form = overlayOf(card);
    form().find(Input, { name: 'code' }).trigger('onInput', 'abc' as never);
    expect(form().find(Input, { name: 'code' }).props).toMatchObject({ error: true, validationMessage: text('NO_MATCH') });
    // Untouched inputs say nothing yet.
    expect(form().find(Input, { name: 'product' }).props.validationMessage).toBeUndefined();
    form().find(NumberInput, { name: 'quantity' }).trigger('onChange', 101 as never);
    expect(form().find(NumberInput, { name: 'quantity' }).props.validationMessage).toBe('Enter a number of at most 100.');
    form().find(TextArea, { name: 'notes' }).trigger('onInput', 'x'.repeat(21) as never);
    expect(form().find(TextArea, { name: 'notes' }).props.validationMessage).toBe('Use at most 20 characters.');
    form().find(Input, { name: 'code' }).trigger('onInput', 'ABC-1' as never);
    expect(form().find(Input, { name: 'code' }).props).toMatchObject({ error: false, validationMessage: undefined });
  });

  it('holds a text without maxLength to the longest form text, in maxLength’s words', async () => {
    serve(() => json({}));
    const card = await formsCard();
    const form = overlayOf(card);
    form().find(Input, { name: 'product' }).trigger('onInput', 'x'.repeat(MAX_TEXT_LENGTH) as never);
    expect(form().find(Input, { name: 'product' }).props).toMatchObject({ error: false });
    form().find(Input, { name: 'product' }).trigger('onInput', 'x'.repeat(MAX_TEXT_LENGTH + 1) as never);
    expect(form().find(Input, { name: 'product' }).props.validationMessage).toBe('Use at most 262144 characters.');
  });

  it('gives a text area without maxLength the longest form text as its limit', () => {
    const renderer = createRenderer('crm.record.sidebar');
    const story: FormInput = { name: 'story', label: 'Story', type: 'TEXT', required: false, multiline: true };
    renderer.render(<FormField formId="f" input={story} value="" onValue={() => {}} />);
    expect(renderer.find(TextArea, { name: 'story' }).props.maxLength).toBe(MAX_TEXT_LENGTH);
  });

  it('sends nothing while a rule is broken and shows every error on submit', async () => {
    const calls = serve(() => json({}));
    const card = await formsCard();
    const form = overlayOf(card);
    submit(form);
    expect(form().find(Input, { name: 'product' }).props.validationMessage).toBe(text('MISSING'));
    expect(form().find(NumberInput, { name: 'quantity' }).props.validationMessage).toBe(text('MISSING'));
    expect(form().find(Select, { name: 'priority' }).props.validationMessage).toBe(text('MISSING'));
    expect(form().find(Input, { name: 'code' }).props.validationMessage).toBe(text('MISSING'));
    expect(form().find(DateInput, { name: 'deliverBy' }).props.error).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts(calls)).toEqual([]);
  });

  const invalid = {
    message: INVALID_FORM_MESSAGE,
    errors: { quantity: 'Only 2 left in stock.', giftWrap: 'Gift wrap is sold out.', coupon: 'Expired.' },
  };
  const envelope = (status: number, responseBody: unknown) => ({
    status: 'error', category: 'BAD_GATEWAY', message: 'Error returned from Request Uri', responseBody,
    errors: [{ message: `Unacceptable HTTP status ${status} calling URI` }],
    context: { appServerStatusCode: [String(status)] },
  });
  const shapes = [
    { shape: 'as the server sent it', answer: () => json(invalid, 400) },
    { shape: 'inside HubSpot’s proxy envelope', answer: () => json(envelope(400, invalid), 502) },
    { shape: 'inside the envelope as text', answer: () => json(envelope(400, JSON.stringify(invalid)), 502) },
  ];

  it.each(shapes)('shows the server’s field errors at their inputs, $shape', async ({ answer }) => {
    const calls = serve(answer);
    const card = await formsCard();
    const form = overlayOf(card);
    fillOrder(form);
    submit(form);
    await card.waitFor(() => expect(form().maybeFind(Alert)).not.toBeNull());
    expect(form().find(NumberInput, { name: 'quantity' }).props).toMatchObject({
      error: true, validationMessage: 'Only 2 left in stock.',
    });
    expect(form().find(Text, { testId: 'form-primary-error-giftWrap' }).text).toBe('Gift wrap is sold out.');
    expect(form().find(Alert)).toMatchObject({
      props: { title: INVALID_FORM_MESSAGE, variant: 'danger' }, text: 'coupon: Expired.',
    });
    expect(card.mocks.actions.closeOverlay.calls).toEqual([]);
    expect(card.mocks.actions.addAlert.calls).toEqual([]);
    expect(gets(calls).length).toBe(1);
    // Leaving the input reports the same value again: the server's verdict on it stands.
    form().find(NumberInput, { name: 'quantity' }).trigger('onChange', 3 as never);
    expect(form().find(NumberInput, { name: 'quantity' }).props).toMatchObject({
      error: true, validationMessage: 'Only 2 left in stock.',
    });
    // A new value is the card's to judge again.
    form().find(NumberInput, { name: 'quantity' }).trigger('onChange', 2 as never);
    expect(form().find(NumberInput, { name: 'quantity' }).props).toMatchObject({ error: false });
  });

  it('keeps the form open with the server’s message when it fails for another reason', async () => {
    serve(() => json({ message: 'The warehouse is offline.' }, 503));
    const card = await formsCard();
    const form = overlayOf(card);
    fillOrder(form);
    submit(form);
    await card.waitFor(() => expect(form().maybeFind(Alert)).not.toBeNull());
    expect(form().find(Alert).props.title).toBe('The warehouse is offline.');
    expect(card.mocks.actions.closeOverlay.calls).toEqual([]);
  });

  it('tells of a failure that comes after the form was closed, and opens it afresh', async () => {
    let answer: (response: Response) => void = () => {};
    serve(() => new Promise<Response>((resolve) => (answer = resolve)));
    const card = await formsCard();
    const form = overlayOf(card);
    fillOrder(form);
    submit(form);
    await card.waitFor(() => expect(form().find(Button, { type: 'submit' }).props.disabled).toBe(true));
    form().find(Modal).trigger('onClose');
    answer(json(invalid, 400));
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({ type: 'danger', title: 'New order failed', message: INVALID_FORM_MESSAGE });
    expect(form().maybeFind(Alert)).toBeNull();
    expect(form().find(NumberInput, { name: 'quantity' }).props).toMatchObject({ error: false });
    expect(form().find(Input, { name: 'product' }).props.value).toBe('');
  });

  it('sends once when the user clicks twice', async () => {
    let answer: (response: Response) => void = () => {};
    const calls = serve(() => new Promise<Response>((resolve) => (answer = resolve)));
    const card = await formsCard();
    const form = overlayOf(card);
    fillOrder(form);
    submit(form);
    submit(form);
    await card.waitFor(() => expect(form().find(Button, { type: 'submit' }).props.disabled).toBe(true));
    submit(form);
    answer(json({ message: 'Placed' }));
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(posts(calls).length).toBe(1);
    expect(form().find(Button, { type: 'submit' }).props.disabled).toBe(false);
  });

  it('opens an object’s form with the object’s URI, method and record properties', async () => {
    const calls = serve(() => json({}));
    const card = await formsCard();
    const form = overlayOf(card, 'action-7-0');
    expect(form().find(Modal).props.title).toBe('Order 7: Reschedule');
    form().find(DateInput, { name: 'date' }).trigger('onChange', { year: 2027, month: 0, date: 5 } as never);
    submit(form);
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(posts(calls)).toEqual([
      { url: `https://hooks.example.com/orders/7/schedule?${usualQuery}&firstname=Tim`, method: 'PUT', body: { date: '2027-01-05' } },
    ]);
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({ type: 'success', message: 'Reschedule succeeded.' });
    expect(card.mocks.actions.closeOverlay.calls).toEqual([['form-7-0']]);
  });

  it('starts an action’s form afresh when a reload puts another action at its place', async () => {
    const reschedule = formsResponse.results[0].actions![0];
    const later: CardResponse = {
      ...formsResponse,
      results: [{ ...formsResponse.results[0], actions: [{ ...reschedule, label: 'Reschedule return', uri: 'https://hooks.example.com/orders/7/return' }] }],
    };
    let fetches = 0;
    answerFetches((call) => (call.method === 'GET' ? json(fetches++ === 0 ? formsResponse : later) : json({})));
    const card = await formsCard();
    const objectForm = overlayOf(card, 'action-7-0');
    objectForm().find(Input, { name: 'reason' }).trigger('onInput', 'Away that week' as never);
    expect(objectForm().find(Input, { name: 'reason' }).props.value).toBe('Away that week');

    const order = overlayOf(card);
    fillOrder(order);
    submit(order);
    await card.waitFor(() => expect(objectForm().find(Modal).props.title).toBe('Order 7: Reschedule return'));
    // What was typed for the first action is not offered to, nor sent by, the second.
    expect(objectForm().find(Input, { name: 'reason' }).props.value).toBe('');
  });

  it('opens from the card’s menu too', async () => {
    serve(() => json({}));
    const card = await formsCard();
    const item = card.findByTestId(Dropdown, 'secondaryActions').find(Dropdown.ButtonItem);
    expect((item.props.overlay as RenderedFragmentNode).find(Modal).props).toMatchObject({ title: 'Another order', id: 'form-secondary-0' });
  });

  it('opens from a table row’s menu, as a panel on a record tab', async () => {
    serve(() => json({}));
    const card = await formsCard('crm.record.tab', { ...formsView, layout: 'TABLE', locations: ['RECORD_TAB'] });
    await card.waitFor(() => expect(card.maybeFindByTestId(Dropdown, 'actions-7')).not.toBeNull());
    const item = card.findByTestId(Dropdown, 'actions-7').find(Dropdown.ButtonItem);
    expect((item.props.overlay as RenderedFragmentNode).find(Panel).props).toMatchObject({
      title: 'Order 7: Reschedule', id: 'form-7-0',
    });
  });

  it('says so when the view has no form for the action, and opens nothing', async () => {
    serve(() => json({}));
    const card = await formsCard('crm.record.sidebar', { ...formsView, forms: {} });
    expect(overlayOf(card)().maybeFind(Modal)).toBeNull();
    card.findByTestId(Button, 'primaryAction').trigger('onClick');
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'warning', message: "New order: the card's view has no form newOrder.",
    });
  });

  it('offers no form to fill in outside the card’s action base URLs, and says so at the click', async () => {
    const elsewhere = { ...formsResponse, primaryAction: { ...formsResponse.primaryAction!, uri: 'https://elsewhere.example.org/orders' } };
    const calls = serve(() => json({}), elsewhere);
    const card = await formsCard();
    expect(overlayOf(card)().maybeFind(Modal)).toBeNull();
    card.findByTestId(Button, 'primaryAction').trigger('onClick');
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'danger', message: "New order: https://elsewhere.example.org/orders is not under the card's action base URLs.",
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts(calls)).toEqual([]);
  });

  it('offers no form with a method spelled otherwise than the rules spell it, and says which it takes', async () => {
    const lower = { ...formsResponse, primaryAction: { ...formsResponse.primaryAction!, httpMethod: 'post' as never } };
    const calls = serve(() => json({}), lower);
    const card = await formsCard();
    expect(overlayOf(card)().maybeFind(Modal)).toBeNull();
    card.findByTestId(Button, 'primaryAction').trigger('onClick');
    expect(card.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'danger', message: 'New order: the method must be one of POST, PUT, PATCH, got "post".',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts(calls)).toEqual([]);
  });
});

describe('form members named as the keys every JavaScript object has', () => {
  // Java names them freely; the card must hold each as a name, never reach the inherited one.
  const inputs: FormInput[] = [
    { name: 'constructor', label: 'Count', type: 'INTEGER', required: false, largest: 2147483647 },
    { name: 'toString', label: 'Words', type: 'TEXT', required: false },
    { name: '__proto__', label: 'Name', type: 'TEXT', required: true },
  ];
  const view: CardView = { ...formsView, forms: { ...formsView.forms, newOrder: { inputs } } };
  const count = (form: () => RenderedFragmentNode) => form().find(NumberInput, { name: 'constructor' });
  const words = (form: () => RenderedFragmentNode) => form().find(Input, { name: 'toString' });
  const name = (form: () => RenderedFragmentNode) => form().find(Input, { name: '__proto__' });

  it('leaves optional ones empty without an error and sends each value under its name', async () => {
    const calls = serve(() => json({ message: 'Saved' }));
    const card = await formsCard('crm.record.sidebar', view);
    const form = overlayOf(card);
    expect(words(form).props).toMatchObject({ error: false, validationMessage: undefined });
    name(form).trigger('onInput', 'Pat' as never);
    submit(form);
    await card.waitFor(() => expect(card.mocks.actions.addAlert.calls.length).toBe(1));
    expect(count(form).props).toMatchObject({ error: false, validationMessage: undefined });
    expect(Object.entries(posts(calls)[0].body!)).toEqual([['__proto__', 'Pat']]);
  });

  it('shows the card’s errors at them and sends nothing', async () => {
    const calls = serve(() => json({}));
    const card = await formsCard('crm.record.sidebar', view);
    const form = overlayOf(card);
    count(form).trigger('onChange', 2.5 as never);
    submit(form);
    expect(count(form).props.validationMessage).toBe(text('NOT_WHOLE_NUMBER'));
    expect(name(form).props.validationMessage).toBe(text('MISSING'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts(calls)).toEqual([]);
  });

  it('shows the server’s field errors at them', async () => {
    // Built from entries: an object literal's __proto__ would set its prototype, not a key.
    const errors = Object.fromEntries([['constructor', 'Too many.'], ['toString', 'Too wordy.'], ['__proto__', 'Taken.']]);
    serve(() => json({ message: INVALID_FORM_MESSAGE, errors }, 400));
    const card = await formsCard('crm.record.sidebar', view);
    const form = overlayOf(card);
    name(form).trigger('onInput', 'Pat' as never);
    submit(form);
    await card.waitFor(() => expect(form().maybeFind(Alert)).not.toBeNull());
    expect(count(form).props.validationMessage).toBe('Too many.');
    expect(words(form).props.validationMessage).toBe('Too wordy.');
    expect(name(form).props.validationMessage).toBe('Taken.');
    expect(form().find(Alert).text).toBeNull();
  });
});

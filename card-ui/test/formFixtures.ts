import type { FormInput } from '../src/formTypes';
import type { CardResponse } from '../src/types';
import type { CardView } from '../src/viewTypes';

/** A form with an input of every type and every rule (design §1's example order form). */
export const orderInputs: FormInput[] = [
  { name: 'product', label: 'Product', type: 'TEXT', required: true, placeholder: 'What to ship', description: 'As the catalogue names it' },
  { name: 'quantity', label: 'Quantity', type: 'INTEGER', required: true, min: 1, max: 100 },
  { name: 'deliverBy', label: 'Deliver by', type: 'DATE', required: false },
  {
    name: 'priority', label: 'Priority', type: 'SELECT', required: true,
    options: [{ value: 'LOW', label: 'Low' }, { value: 'HIGH', label: 'High' }],
  },
  {
    name: 'channels', label: 'Channels', type: 'MULTI_SELECT', required: false,
    options: [{ value: 'EMAIL', label: 'Email' }, { value: 'PHONE', label: 'Phone' }],
  },
  { name: 'giftWrap', label: 'Gift wrap', type: 'BOOLEAN', required: true, description: 'Wrapped in paper' },
  { name: 'notes', label: 'Notes', type: 'TEXT', required: false, multiline: true, maxLength: 20 },
  { name: 'budget', label: 'Budget', type: 'DECIMAL', required: false, currencyCode: 'EUR', max: 5000.5 },
  { name: 'weight', label: 'Weight', type: 'DECIMAL', required: false, min: 0.5 },
  { name: 'code', label: 'Code', type: 'TEXT', required: true, pattern: '[A-Z]{3}-\\d+', placeholder: 'ABC-1' },
];

export const rescheduleInputs: FormInput[] = [
  { name: 'date', label: 'New date', type: 'DATE', required: true },
  { name: 'reason', label: 'Reason', type: 'TEXT', required: false, maxLength: 200 },
];

/** The legacy tiles on the sidebar, with the card's two forms. */
export const formsView: CardView = {
  card: 'orders',
  layout: 'TILES',
  locations: ['RECORD_SIDEBAR'],
  forms: { newOrder: { inputs: orderInputs }, reschedule: { inputs: rescheduleInputs } },
};

/** A card-level form as the primary action and a per-object form with the object's id in its URI. */
export const formsResponse: CardResponse = {
  results: [
    {
      objectId: 7,
      title: 'Order 7',
      actions: [
        {
          type: 'FORM', id: 'reschedule', label: 'Reschedule', httpMethod: 'PUT',
          uri: 'https://hooks.example.com/orders/7/schedule', associatedObjectProperties: ['firstname'],
        },
      ],
    },
  ],
  primaryAction: { type: 'FORM', id: 'newOrder', label: 'New order', httpMethod: 'POST', uri: 'https://hooks.example.com/orders' },
  secondaryActions: [
    { type: 'FORM', id: 'newOrder', label: 'Another order', httpMethod: 'POST', uri: 'https://hooks.example.com/orders' },
  ],
};

/** Values that break no rule of the order form. */
export const goodOrder = {
  product: 'Desk',
  quantity: 3,
  deliverBy: '2027-02-28',
  priority: 'HIGH',
  channels: ['EMAIL', 'PHONE'],
  giftWrap: true,
  notes: 'Ring twice',
  budget: 1234.5,
  code: 'ABC-12',
};

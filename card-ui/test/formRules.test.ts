import { describe, expect, it } from 'vitest';

import { formBody, initialValues } from '../src/formBody';
import { checkForm, isDate, message, plainNumber } from '../src/formRules';
import type { FormInput } from '../src/formTypes';
import { compareDecimals, readDecimal, type NumberText } from '../src/numberText';
import { FORM_MESSAGES, MAX_SAFE_INTEGER } from '../src/vocabulary';
import { goodOrder, orderInputs } from './formFixtures';

const text = (rule: string) => FORM_MESSAGES.find((m) => m.rule === rule)!.text;
const input = (name: string) => orderInputs.find((i) => i.name === name)!;

describe('checkForm', () => {
  it('finds nothing wrong with a good order', () => {
    expect(checkForm(orderInputs, goodOrder)).toEqual({});
  });

  it('names every required value that is missing, with the rules’ message', () => {
    expect(checkForm(orderInputs, {})).toEqual({
      product: text('MISSING'),
      quantity: text('MISSING'),
      priority: text('MISSING'),
      giftWrap: text('MISSING'),
      code: text('MISSING'),
    });
  });

  it('takes an empty text as missing when required and as no value when optional', () => {
    expect(checkForm(orderInputs, { ...goodOrder, product: '', notes: '' })).toEqual({ product: text('MISSING') });
  });

  it('fills {min}, {max} and {maxLength} with the input’s limit as JSON writes it', () => {
    expect(checkForm(orderInputs, { ...goodOrder, quantity: 0, budget: 5000.75, notes: 'x'.repeat(21), weight: 0.25 })).toEqual({
      quantity: 'Enter a number of at least 1.',
      budget: 'Enter a number of at most 5000.5.',
      notes: 'Use at most 20 characters.',
      weight: 'Enter a number of at least 0.5.',
    });
    expect(message('TOO_LARGE', input('quantity'))).toBe('Enter a number of at most 100.');
  });

  it('counts length in UTF-16 units, as Java does', () => {
    const emoji = '\u{1F600}'; // two units
    expect(checkForm(orderInputs, { ...goodOrder, notes: emoji.repeat(10) })).toEqual({});
    expect(checkForm(orderInputs, { ...goodOrder, notes: emoji.repeat(10) + 'x' })).toEqual({ notes: 'Use at most 20 characters.' });
  });

  it('matches the pattern against the whole text', () => {
    expect(checkForm(orderInputs, { ...goodOrder, code: 'xABC-1' }).code).toBe(text('NO_MATCH'));
    expect(checkForm(orderInputs, { ...goodOrder, code: 'ABC-1x' }).code).toBe(text('NO_MATCH'));
    expect(checkForm(orderInputs, { ...goodOrder, code: 'ABC-1|x' }).code).toBe(text('NO_MATCH'));
  });

  it('prints a limit as the server does, without an exponent', () => {
    // The same words as FormInputsTest expects of the server for these limits.
    const tiny: FormInput = { name: 't', label: 'T', type: 'DECIMAL', required: true, min: 1e-7, max: 1e21 };
    expect(message('TOO_SMALL', tiny)).toBe('Enter a number of at least 0.0000001.');
    expect(message('TOO_LARGE', tiny)).toBe('Enter a number of at most 1000000000000000000000.');
    expect(['0.5', '-2.5e-8', '1.25e+22', '3'].map((n) => plainNumber(Number(n))))
      .toEqual(['0.5', '-0.000000025', '12500000000000000000000', '3']);
  });

  it('reads a property class as Java does, or leaves the pattern to the server', () => {
    const letters: FormInput = { name: 'name', label: 'Name', type: 'TEXT', required: true, pattern: '\\p{L}+' };
    expect(checkForm([letters], { name: 'Zoë' })).toEqual({});
    expect(checkForm([letters], { name: 'R2D2' })).toEqual({ name: text('NO_MATCH') });
    // Java's single-letter form, which JavaScript has no `u` reading of: a `p` without `u`.
    const short: FormInput = { ...letters, pattern: '\\pL+' };
    expect(checkForm([short], { name: 'Zoë' })).toEqual({});
    expect(checkForm([short], { name: 'pL' })).toEqual({});
  });

  it('wants JSON numbers, whole ones for an INTEGER, within the safe range', () => {
    expect(checkForm(orderInputs, { ...goodOrder, quantity: '3' }).quantity).toBe(text('NOT_NUMBER'));
    expect(checkForm(orderInputs, { ...goodOrder, quantity: 2.5 }).quantity).toBe(text('NOT_WHOLE_NUMBER'));
    expect(checkForm(orderInputs, { ...goodOrder, budget: '1.5' }).budget).toBe(text('NOT_NUMBER'));
    const unbounded: FormInput = { name: 'n', label: 'N', type: 'INTEGER', required: true };
    expect(checkForm([unbounded], { n: MAX_SAFE_INTEGER })).toEqual({});
    expect(checkForm([unbounded], { n: -MAX_SAFE_INTEGER - 1 })).toEqual({ n: 'Enter a number of at least -9007199254740991.' });
  });

  it('tells a whole number beyond its type the limit it passed, not that it is no whole number', () => {
    const seats: FormInput = { name: 'seats', label: 'Seats', type: 'INTEGER', required: true, min: 1, max: 500, largest: 2147483647 };
    expect(checkForm([seats], { seats: 3e9 })).toEqual({ seats: 'Enter a number of at most 500.' });
    expect(checkForm([seats], { seats: -3e9 })).toEqual({ seats: 'Enter a number of at least 1.' });
    expect(checkForm([seats], { seats: 3e9 + 0.5 })).toEqual({ seats: text('NOT_WHOLE_NUMBER') });
    // Without a declared limit on that side, the type's own.
    const onlyMin: FormInput = { ...seats, max: undefined };
    expect(checkForm([onlyMin], { seats: 2147483647 })).toEqual({});
    expect(checkForm([onlyMin], { seats: 2147483648 })).toEqual({ seats: 'Enter a number of at most 2147483647.' });
    expect(checkForm([{ ...onlyMin, min: undefined }], { seats: -3e9 })).toEqual({ seats: 'Enter a number of at least -2147483647.' });
    expect(message('TOO_LARGE', onlyMin)).toBe('Enter a number of at most 2147483647.');
    const unbounded: FormInput = { name: 'n', label: 'N', type: 'INTEGER', required: true };
    expect(checkForm([unbounded], { n: 1e30 })).toEqual({ n: 'Enter a number of at most 9007199254740991.' });
    expect(checkForm([unbounded], { n: Infinity })).toEqual({ n: text('NOT_NUMBER') });
  });

  it('judges a number by its JSON text, exactly, not by the double it rounds to', () => {
    const share: FormInput = { name: 'share', label: 'Share', type: 'DECIMAL', required: true, min: 0.5, max: 2 };
    const exactly = (numberText: string) => checkForm([share], { share: { numberText } satisfies NumberText }).share;
    expect(exactly('2.00000000000000001')).toBe('Enter a number of at most 2.');
    expect(exactly('0.49999999999999999')).toBe('Enter a number of at least 0.5.');
    expect(exactly('2.0000000000000000000')).toBeUndefined();
    expect(exactly('1e-400')).toBe(text('NOT_NUMBER'));
    expect(exactly('+1')).toBe(text('NOT_NUMBER'));
    // The card's own values are JavaScript numbers, judged in the digits JSON.stringify sends.
    expect(checkForm([share], { share: 2 + Number.EPSILON * 2 }).share).toBe('Enter a number of at most 2.');
    expect(checkForm([{ ...share, min: 5e-324 }], { share: 5e-324 })).toEqual({});
    // Leading zeros are no JSON number (the server refuses such a body whole).
    expect(exactly('01')).toBe(text('NOT_NUMBER'));
    expect(exactly('-00.5')).toBe(text('NOT_NUMBER'));
    expect(readDecimal('0.5')).toBeDefined();
    // A limit that is no finite number (a view written by hand) is no limit, not a crash.
    const unlimited = { ...share, min: null as unknown as number, max: Infinity };
    expect(checkForm([unlimited], { share: 1e9 })).toEqual({});
    // An INTEGER keeps its type's own limits then, as the server's reader does.
    const seats: FormInput = {
      name: 'seats', label: 'Seats', type: 'INTEGER', required: true,
      min: null as unknown as number, max: NaN, largest: 2147483647,
    };
    expect(checkForm([seats], { seats: -2147483649 }).seats).toBe('Enter a number of at least -2147483647.');
    expect(checkForm([seats], { seats: 1e12 }).seats).toBe('Enter a number of at most 2147483647.');
  });

  it('wants each value in its own JSON type', () => {
    expect(checkForm(orderInputs, { ...goodOrder, product: 5, giftWrap: 'yes', deliverBy: 20270228, priority: 1, channels: 'EMAIL' })).toEqual({
      product: text('NOT_TEXT'),
      giftWrap: text('NOT_BOOLEAN'),
      deliverBy: text('NOT_DATE'),
      priority: text('NOT_OPTION'),
      channels: text('NOT_LIST'),
    });
  });

  it('takes only the options’ constant names, by exact name', () => {
    expect(checkForm(orderInputs, { ...goodOrder, priority: 'high', channels: ['EMAIL', 'FAX'] })).toEqual({
      priority: text('NOT_OPTION'),
      channels: text('NOT_OPTION'),
    });
  });

  it('wants at least one option of a required multi-select', () => {
    const tags: FormInput = { ...input('channels'), required: true };
    expect(checkForm([tags], { channels: [] })).toEqual({ channels: text('MISSING') });
    expect(checkForm([tags], { channels: ['PHONE', 'PHONE'] })).toEqual({});
  });

  it('reads dates as yyyy-mm-dd days of the calendar', () => {
    expect(['2027-02-28', '2028-02-29', '0001-01-01'].filter(isDate)).toHaveLength(3);
    expect(['2027-02-29', '2027-13-01', '2027-1-01', '27-01-01', '2027-01-01T00:00', ''].filter(isDate)).toEqual([]);
  });
});

describe('formBody', () => {
  it('sends each value in its JSON type and leaves empty optional values out', () => {
    const values = { ...initialValues(orderInputs), product: 'Desk', quantity: 3, priority: 'LOW', code: 'ABC-1' };
    expect(formBody(orderInputs, values)).toEqual({
      product: 'Desk', quantity: 3, priority: 'LOW', channels: [], giftWrap: false, code: 'ABC-1',
    });
  });

  it('sends a good order as it is, a set without repeats', () => {
    expect(formBody(orderInputs, { ...goodOrder, channels: ['EMAIL', 'EMAIL'] })).toEqual({ ...goodOrder, channels: ['EMAIL'] });
  });

  it('keeps a required empty text, so the server names it missing too', () => {
    expect(formBody([input('product')], { product: '' })).toEqual({ product: '' });
  });
});

describe('readDecimal and compareDecimals', () => {
  const compare = (a: string, b: string) => compareDecimals(readDecimal(a)!, readDecimal(b)!);

  it('read a JSON number exactly, with the scale BigDecimal gives it', () => {
    expect(readDecimal('1.50')).toEqual({ negative: false, digits: '15', exponent: -1, scale: 2 });
    expect(readDecimal('-0.0120e-3')).toEqual({ negative: true, digits: '12', exponent: -6, scale: 7 });
    expect(readDecimal('12e+3')).toEqual({ negative: false, digits: '12', exponent: 3, scale: -3 });
    for (const notJson of ['+1', '.5', '5.', '0x10', 'NaN', 'Infinity', '1,000', ' 1', '\u0661', '1e2147483648']) {
      expect(readDecimal(notJson)).toBeUndefined();
    }
  });

  it('compare digit by digit, whatever the exponent', () => {
    expect(compare('2.00000000000000001', '2')).toBe(1);
    expect(compare('-2.00000000000000001', '-2')).toBe(-1);
    expect(compare('0.2e1', '2.000')).toBe(0);
    expect(compare('-0', '0')).toBe(0);
    expect(compare('9.9', '10')).toBe(-1);
    expect(compare('-1', '1e-400')).toBe(-1);
    expect(compare('1e21', '999999999999999999999.9')).toBe(1);
  });
});

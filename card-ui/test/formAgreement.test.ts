/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

import { checkForm } from '../src/formRules';
import type { FormInput } from '../src/formTypes';
import type { NumberText } from '../src/numberText';
import { FORM_MESSAGES } from '../src/vocabulary';
import agreementText from './form-agreement.json?raw';

/**
 * The card's half of the agreement test: every body of the shared cases, judged by the card's
 * checker, has exactly the field errors the server's generated reader gives it (the processor's
 * form agreement test runs the same file through the reader).
 */
interface Agreement {
  form: { inputs: FormInput[] };
  cases: { name: string; body: Record<string, unknown>; errors: Record<string, string> }[];
}

// Read as JSON.parse reads a body, so a number too large for a double is Infinity (a bundler's
// JSON import would make it null).
const agreement = JSON.parse(agreementText) as Agreement;
const inputs = agreement.form.inputs;

/**
 * The body as sent: a member written `{"$repeat": text, "times": n}` is the text n times, one
 * written `{"$number": text}` the JSON number of that text, kept as its text (JSON.parse would
 * round its digits to a double's).
 */
function sent(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([name, value]) => [name, asSent(value)]));
}

function asSent(value: unknown): unknown {
  if (isRepeat(value)) {
    return value.$repeat.repeat(value.times);
  }
  return isNumber(value) ? { numberText: value.$number } satisfies NumberText : value;
}

function isNumber(value: unknown): value is { $number: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $number?: unknown }).$number === 'string';
}

function isRepeat(value: unknown): value is { $repeat: string; times: number } {
  return typeof value === 'object' && value !== null && typeof (value as { $repeat?: unknown }).$repeat === 'string';
}

describe('the card judges each shared case as the server does', () => {
  it.each(agreement.cases)('$name', ({ body, errors }) => {
    expect(checkForm(inputs, sent(body))).toEqual(errors);
  });

  it('the cases break every rule of the vocabulary at least once', () => {
    const said = agreement.cases.flatMap(({ errors }) => Object.values(errors));
    const unbroken = FORM_MESSAGES.filter(({ text }) => {
      const words = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+')}$`);
      return !said.some((message) => words.test(message));
    });
    expect(unbroken.map(({ rule }) => rule)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { checkForm } from '../src/formRules';
import type { FormInput } from '../src/formTypes';
import { FORM_MESSAGES } from '../src/vocabulary';
import agreement from './form-agreement.json';

/**
 * The card's half of the agreement test: every body of the shared cases, judged by the card's
 * checker, has exactly the field errors the server's generated reader gives it (the processor's
 * form agreement test runs the same file through the reader).
 */
const inputs = agreement.form.inputs as FormInput[];

describe('the card judges each shared case as the server does', () => {
  it.each(agreement.cases)('$name', ({ body, errors }) => {
    expect(checkForm(inputs, body as Record<string, unknown>)).toEqual(errors);
  });

  it('the cases break every rule of the vocabulary at least once', () => {
    const said = agreement.cases.flatMap(({ errors }) => Object.values(errors as Record<string, string>));
    const unbroken = FORM_MESSAGES.filter(({ text }) => {
      const words = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+')}$`);
      return !said.some((message) => words.test(message));
    });
    expect(unbroken.map(({ rule }) => rule)).toEqual([]);
  });
});

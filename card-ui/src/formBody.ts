import type { FormInput, FormValues } from './formTypes';
import { keyed, ownValue } from './ownValues';

/**
 * The JSON body of a form (API.md §10 wire): each member by name, numbers as JSON numbers, dates
 * `yyyy-mm-dd`, enums by constant name, sets as arrays, booleans as booleans. An empty optional
 * value is left out, which the server reads as null (an empty set for a multi-select); an empty
 * required value stays "", so the server names it missing as the card does.
 */
export function formBody(inputs: readonly FormInput[], values: FormValues): Record<string, unknown> {
  const body: [string, unknown][] = [];
  for (const input of inputs) {
    const value = bodyValue(input, ownValue(values, input.name));
    if (value !== undefined) {
      body.push([input.name, value]);
    }
  }
  return keyed(body);
}

function bodyValue(input: FormInput, value: unknown): unknown {
  if (value === undefined || value === null) {
    return input.type === 'MULTI_SELECT' ? [] : undefined;
  }
  if (value === '' && !input.required) {
    return undefined;
  }
  if (input.type === 'MULTI_SELECT' && Array.isArray(value)) {
    return [...new Set(value)];
  }
  return value;
}

/** What a form shows before the user enters anything: a toggle is off, a multi-select empty. */
export function initialValues(inputs: readonly FormInput[]): FormValues {
  const values: [string, unknown][] = [];
  for (const input of inputs) {
    if (input.type === 'BOOLEAN') {
      values.push([input.name, false]);
    } else if (input.type === 'MULTI_SELECT') {
      values.push([input.name, []]);
    } else if (input.type === 'TEXT') {
      values.push([input.name, '']);
    }
  }
  return keyed(values);
}

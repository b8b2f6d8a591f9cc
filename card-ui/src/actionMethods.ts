import type { CardAction } from './types';
import {
  DEFAULT_HOOK_METHOD,
  FORM_METHODS,
  HTTP_METHODS,
  isFormMethod,
  isHttpMethod,
  type FormMethod,
  type HttpMethod,
} from './vocabulary';

// The methods an action is sent with, spelled exactly as the rules spell them: `check` holds a
// server to these spellings, so the card takes no other ("post" is refused there and here).

/** A FORM's method; none when it names no method a FORM may submit with. */
export function formMethod(action: Pick<CardAction, 'httpMethod'>): FormMethod | undefined {
  const named: unknown = action.httpMethod;
  return isFormMethod(named) ? named : undefined;
}

/**
 * A hook's method: the rules' default (POST) when it names none (absent or null); none when it
 * names another.
 */
export function hookMethod(action: Pick<CardAction, 'httpMethod'>): HttpMethod | undefined {
  const named: unknown = action.httpMethod;
  if (named === undefined || named === null) {
    return DEFAULT_HOOK_METHOD;
  }
  return isHttpMethod(named) ? named : undefined;
}

/** Why the card sends nothing for an action whose method it does not take. */
export function methodRefused(action: Pick<CardAction, 'type' | 'httpMethod' | 'label'>): string {
  const allowed = action.type === 'FORM' ? FORM_METHODS : HTTP_METHODS;
  return `${action.label}: the method must be one of ${allowed.join(', ')}, got ${JSON.stringify(action.httpMethod) ?? 'none'}.`;
}

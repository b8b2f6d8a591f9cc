import { hubspot } from '@hubspot/ui-extensions';

import type { CardHostProps } from './host';
import { keyed, ownValue } from './ownValues';
import { parseJson, serverAnswer } from './proxyEnvelope';
import { recordType } from './recordTypes';
import type { CardAction, CardDefinition, CardResponse } from './types';
import { FETCH_TIMEOUT_MILLIS, type HttpMethod, type RequestParameter } from './vocabulary';

/** How long the card waits for its server, as HubSpot did for legacy cards. */
export const TIMEOUT_MS = FETCH_TIMEOUT_MILLIS;

/** What the server said was wrong with each field of a form, by field name. */
export type FieldErrors = Record<string, string>;

/** The answer to a request, or why there is none. */
export type Answer<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status?: number; message: string; errors?: FieldErrors };

/**
 * The parameters HubSpot sent with every legacy-card request: the user, the record and the
 * account. Missing values are left out.
 */
export function defaultParameters({ context }: Pick<CardHostProps, 'context'>): Record<string, string> {
  const parameters: Record<string, string> = {};
  put(parameters, 'userId', context.user?.id);
  put(parameters, 'userEmail', context.user?.email);
  put(parameters, 'associatedObjectId', context.crm?.objectId);
  put(parameters, 'associatedObjectType', recordType(context.crm?.objectTypeId)?.requestName);
  put(parameters, 'portalId', context.portal?.id);
  return parameters;
}

/** Sets one of HubSpot's parameters, unless its value is missing or empty. */
function put(parameters: Record<string, string>, name: RequestParameter, value: unknown) {
  if (value !== undefined && value !== null && String(value) !== '') {
    parameters[name] = String(value);
  }
}

/** The record's values of these properties, read through HubSpot; none when it cannot. */
export async function recordValues(
  names: readonly string[],
  { actions }: Pick<CardHostProps, 'actions'>,
): Promise<Record<string, string>> {
  if (names.length === 0) {
    return {};
  }
  try {
    const values = await actions.fetchCrmObjectProperties([...names]);
    const present: Record<string, string> = {};
    for (const name of names) {
      const value = ownValue(values, name);
      if (value !== undefined && value !== null && value !== '') {
        present[name] = String(value);
      }
    }
    return present;
  } catch {
    return {};
  }
}

export function withQuery(url: string, parameters: Record<string, string>): string {
  const query = new URLSearchParams(parameters).toString();
  if (query === '') {
    return url;
  }
  return url + (url.includes('?') ? '&' : '?') + query;
}

/**
 * The data fetch: GET of the target URL with the default parameters, the record's values and,
 * for a TABLE, the page, sort and search asked for.
 */
export async function fetchCard(
  definition: CardDefinition,
  host: CardHostProps,
  tableParameters: Record<string, string> = {},
): Promise<Answer<CardResponse>> {
  const type = recordType(host.context.crm?.objectTypeId);
  const propertiesToSend =
    definition.fetch.objectTypes.find((t) => t.name === type?.definitionName)?.propertiesToSend ?? [];
  const parameters = {
    ...defaultParameters(host),
    ...(await recordValues(propertiesToSend, host)),
  };
  put(parameters, 'appId', host.context.extension?.appId);
  Object.assign(parameters, tableParameters);
  const answer = await send<CardResponse>(withQuery(definition.fetch.targetUrl, parameters), 'GET');
  if (answer.ok && !Array.isArray(answer.body?.results)) {
    return { ok: false, status: answer.status, message: 'The server answered without a results array.' };
  }
  return answer;
}

/**
 * An ACTION_HOOK or CONFIRMATION_ACTION_HOOK request with `method` (the action's, see hookMethod):
 * the default parameters and the action's record properties, in the query for GET and DELETE and as a JSON body otherwise.
 */
export async function sendHook(
  action: CardAction,
  method: HttpMethod,
  host: CardHostProps,
): Promise<Answer<unknown>> {
  const parameters = {
    ...defaultParameters(host),
    ...(await recordValues(action.associatedObjectProperties ?? [], host)),
  };
  if (method === 'GET' || method === 'DELETE') {
    return send(withQuery(action.uri, parameters), method);
  }
  return send(action.uri, method, parameters);
}

/** One request through `hubspot.fetch`; the server's answer read from inside HubSpot's envelope. */
export async function send<T>(url: string, method: HttpMethod, body?: Record<string, unknown>): Promise<Answer<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS);
  });
  try {
    const request = hubspot.fetch(url, {
      method,
      timeout: TIMEOUT_MS,
      ...(body ? { body } : {}),
    });
    const response = await Promise.race([request, timeout]);
    if (response === 'timeout') {
      return { ok: false, message: `The server did not answer within ${TIMEOUT_MS / 1000} seconds.` };
    }
    const received = parseJson(await response.text());
    const server = serverAnswer(response.status, received);
    if (response.ok && !server.wrapped) {
      return { ok: true, status: response.status, body: received as T };
    }
    return failure(server.status, server.body);
  } catch (error) {
    // HubSpot may also reject with its envelope rather than answer with it.
    const server = serverAnswer(undefined, error);
    if (server.wrapped) {
      return failure(server.status, server.body);
    }
    return { ok: false, message: `The request failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

function failure(status: number | undefined, body: unknown): Answer<never> {
  const errors = fieldErrors(body);
  return { ok: false, status, message: failureMessage(status, body), ...(errors ? { errors } : {}) };
}

/** The server's own `message`, or what the status means; a 401 gets a hint. */
function failureMessage(status: number | undefined, body: unknown): string {
  const message = serverMessage(body);
  if (status === 401) {
    return (
      (message ? `${message} ` : '') +
      "The server refused HubSpot's signature (401). Check that it uses this app's client secret" +
      ' and that its public base URL is the URL HubSpot calls.'
    );
  }
  return message ?? (status === undefined ? 'The server did not answer.' : `The server answered HTTP ${status}.`);
}

/** The `message` of a JSON answer, if it has one. */
export function serverMessage(body: unknown): string | undefined {
  return body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string'
    ? (body as { message: string }).message
    : undefined;
}

/**
 * The `errors` of a JSON answer, `{"<field>": "<what is wrong>"}`, as a form's invalid answer
 * carries them; undefined when there are none.
 */
export function fieldErrors(body: unknown): FieldErrors | undefined {
  const errors = body && typeof body === 'object' ? (body as { errors?: unknown }).errors : undefined;
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) {
    return undefined;
  }
  const found = Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return found.length > 0 ? keyed(found) : undefined;
}

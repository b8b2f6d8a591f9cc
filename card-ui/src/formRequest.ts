import type { CardHostProps } from './host';
import { defaultParameters, recordValues, send, withQuery, type Answer } from './requests';
import type { CardAction } from './types';
import { isFormMethod } from './vocabulary';

/**
 * Sends a filled form: the action's method (POST unless it names PUT or PATCH) and URI, HubSpot's
 * usual parameters and the action's record properties in the query, the form as the JSON body.
 */
export async function submitForm(
  action: CardAction,
  body: Record<string, unknown>,
  host: CardHostProps,
): Promise<Answer<unknown>> {
  const named = action.httpMethod?.toUpperCase();
  const method = isFormMethod(named) ? named : 'POST';
  const parameters = {
    ...defaultParameters(host),
    ...(await recordValues(action.associatedObjectProperties ?? [], host)),
  };
  return send(withQuery(action.uri, parameters), method, body);
}

import type { CardHostProps } from './host';
import { defaultParameters, recordValues, send, withQuery, type Answer } from './requests';
import type { CardAction } from './types';
import type { FormMethod } from './vocabulary';

/**
 * Sends a filled form: with `method` (the action's, see formMethod) to the action's URI, HubSpot's
 * usual parameters and the action's record properties in the query, the form as the JSON body.
 */
export async function submitForm(
  action: CardAction,
  method: FormMethod,
  body: Record<string, unknown>,
  host: CardHostProps,
): Promise<Answer<unknown>> {
  const parameters = {
    ...defaultParameters(host),
    ...(await recordValues(action.associatedObjectProperties ?? [], host)),
  };
  return send(withQuery(action.uri, parameters), method, body);
}

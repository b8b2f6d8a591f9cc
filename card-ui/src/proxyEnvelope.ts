import { PROXY_APP_SERVER_STATUS_CODE, PROXY_RESPONSE_BODY } from './vocabulary';

/**
 * HubSpot's fetch proxy does not hand a card its server's 3xx-5xx answer: it answers with an
 * envelope of its own, the server's answer inside (HubSpot's local development proxy does the
 * same):
 *
 *     {"status": "error", "category": "BAD_GATEWAY", "message": "Error returned from Request Uri",
 *      "responseBody": <the server's body, parsed or as text>,
 *      "errors": [{"message": "Unacceptable HTTP status 409 calling URI"}],
 *      "context": {"appServerStatusCode": ["409"], ...}}
 *
 * The envelope's own `message` and `errors` speak of the proxy; the user needs the server's.
 */
export interface ProxyEnvelope {
  status: 'error';
  category?: string;
  [PROXY_RESPONSE_BODY]?: unknown;
  context?: { [PROXY_APP_SERVER_STATUS_CODE]?: unknown };
}

/** The card server's own answer, unwrapped from the envelope when it came in one. */
export interface ServerAnswer {
  /** The server's HTTP status, when known. */
  status?: number;
  /** The server's body: parsed JSON, its text when it is not JSON, or undefined when empty. */
  body: unknown;
  /** Whether it came inside HubSpot's envelope. */
  wrapped: boolean;
}

export function isProxyEnvelope(body: unknown): body is ProxyEnvelope {
  if (!body || typeof body !== 'object') {
    return false;
  }
  const envelope = body as Record<string, unknown>;
  const context = envelope.context as Record<string, unknown> | undefined;
  return (
    (envelope.status === 'error' && PROXY_RESPONSE_BODY in envelope) ||
    (context !== null && typeof context === 'object' && PROXY_APP_SERVER_STATUS_CODE in context)
  );
}

/**
 * What the card server answered, given what reached the card: `status` and `body` as received,
 * or the envelope's `responseBody` and `appServerStatusCode` when the proxy wrapped them.
 */
export function serverAnswer(status: number | undefined, body: unknown): ServerAnswer {
  if (!isProxyEnvelope(body)) {
    return { status, body, wrapped: false };
  }
  const inner = body[PROXY_RESPONSE_BODY];
  return {
    status: statusCode(body.context?.[PROXY_APP_SERVER_STATUS_CODE]) ?? status,
    body: typeof inner === 'string' ? parseJson(inner) ?? (inner.trim() === '' ? undefined : inner) : inner,
    wrapped: true,
  };
}

/** `["409"]`, `"409"` or `409` as 409. */
function statusCode(value: unknown): number | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const code = typeof first === 'number' ? first : typeof first === 'string' ? Number(first.trim()) : NaN;
  return Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined;
}

/** The JSON a text holds; undefined for empty text or text that is not JSON. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Stands in for HubSpot's side of `hubspot.fetch` in the render tests: the extension library
 * calls `self.hsFetch(url, options)`; each call goes to the signing stand-in for HubSpot
 * (CRMCARDS_FETCH_PROXY), which signs it for the URL the card asked for and sends it on.
 */
export const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

/** What the card asked for and what reached it. */
export interface Exchange {
  url: string;
  method: string;
  status: number;
  text: string;
}

export function forwardFetches(seen: (exchange: Exchange) => void = () => {}) {
  const scope = globalThis as unknown as { self: unknown; hsFetch: unknown };
  scope.self = globalThis;
  scope.hsFetch = async (url: string, options?: { method?: string; body?: unknown }) => {
    const method = options?.method ?? 'GET';
    const answer = await fetch(env('CRMCARDS_FETCH_PROXY'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: String(url), method, body: options?.body ?? null }),
    });
    const text = await answer.text();
    seen({ url: String(url), method, status: answer.status, text });
    return new Response(text, { status: answer.status, headers: answer.headers });
  };
}

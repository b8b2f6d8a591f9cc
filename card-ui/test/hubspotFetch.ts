/**
 * Stands in for HubSpot's side of `hubspot.fetch`: the extension library calls
 * `self.hsFetch(url, options)` inside HubSpot's worker; tests answer it here.
 */
export interface FetchCall {
  url: string;
  method: string;
  body?: Record<string, unknown>;
}

type Answer = (call: FetchCall) => Promise<Response> | Response;

export function answerFetches(answer: Answer): FetchCall[] {
  const calls: FetchCall[] = [];
  const scope = globalThis as unknown as { self: unknown; hsFetch: unknown };
  scope.self = globalThis;
  scope.hsFetch = (url: string, options?: { method?: string; body?: Record<string, unknown> }) => {
    const call = { url: String(url), method: options?.method ?? 'GET', body: options?.body };
    calls.push(call);
    return Promise.resolve(answer(call));
  };
  return calls;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/**
 * Answers kept on their way until the test lets them through: `hold` stands for an answer the
 * server has not sent yet, `release` sends every one held so far.
 */
export function heldAnswers() {
  let waiting: (() => void)[] = [];
  return {
    hold(answer: () => Response): Promise<Response> {
      return new Promise((resolve) => waiting.push(() => resolve(answer())));
    },
    release(): void {
      const due = waiting;
      waiting = [];
      due.forEach((send) => send());
    },
  };
}

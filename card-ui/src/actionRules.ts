import type { CardAction } from './types';

/**
 * Whether a hook may be sent: its URI has the protocol and host of one of the card's action base
 * URLs, as HubSpot required of legacy cards (and as the app's permitted fetch URLs allow).
 */
export function isUnderBaseUrl(uri: string, baseUrls: readonly string[]): boolean {
  const target = parse(uri);
  return (
    target !== undefined &&
    baseUrls.some((base) => {
      const parsed = parse(base);
      return parsed !== undefined && parsed.protocol === target.protocol && parsed.hostname === target.hostname;
    })
  );
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

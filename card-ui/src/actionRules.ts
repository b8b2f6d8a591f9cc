import type { CardAction } from './types';
import { isBaseUrlCheckedActionType } from './vocabulary';

/**
 * Whether the card may open or send this action: the rules name the action types it checks
 * against the card's action base URLs (every one, as the app's permitted URLs come from them).
 */
export function mayReach(action: Pick<CardAction, 'type' | 'uri'>, baseUrls: readonly string[]): boolean {
  return !isBaseUrlCheckedActionType(action.type) || isUnderBaseUrl(action.uri, baseUrls);
}

/**
 * Whether a hook may be sent: its URI has the protocol and host of one of the card's action base
 * URLs, as HubSpot required of legacy cards (and as the app's permitted fetch URLs allow).
 */
function isUnderBaseUrl(uri: string, baseUrls: readonly string[]): boolean {
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

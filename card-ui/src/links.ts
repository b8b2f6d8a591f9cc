/**
 * Whether a value may be drawn as a link: an absolute http or https URL with a host, the rule the
 * server's checks apply to an object's `link` and to LINK values (the rules' `Urls.isHttpUrl`).
 * Anything else, such as `javascript:` or a relative path, is shown as text, never followed.
 * `test/link-agreement.json` holds the cases both sides judge alike.
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') {
    return false;
  }
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A `mailto:` link to exactly this address. An address may hold `?`, `&`, `#` or `%` (RFC 5322
 * allows them before the `@`), which in a `mailto:` URL would start header fields such as a hidden
 * `bcc` or a fragment; RFC 6068 has them percent-encoded, and mail programs decode them back.
 */
export function mailtoHref(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0
    ? `mailto:${encodeURIComponent(address)}`
    : `mailto:${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

/**
 * Whether a value may be drawn as a link: an absolute http or https URL with a host, the rule the
 * server's checks apply to an object's `link` and to LINK values (the rules' `Urls.isHttpUrl`).
 * Anything else, such as `javascript:` or a relative path, is shown as text, never followed.
 * `new URL` alone is not the rule: it trims, drops tabs and newlines, reads `\` as `/`, takes
 * `https:host`, encodes what the server refuses and rewrites hosts (`2130706433` is 127.0.0.1,
 * `ｅxample.com` is example.com), so the text must already be what it reads, as the server's
 * `java.net.URI` wants it. `test/link-agreement.json` holds the cases both sides judge alike.
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !HTTP_SCHEME.test(value) || REFUSED.test(value) || BROKEN_ESCAPE.test(value)) {
    return false;
  }
  const afterScheme = value.slice(value.indexOf('//') + 2);
  const [authority] = afterScheme.split(/[/?#]/, 1);
  const path = afterScheme.slice(authority.length).split(/[?#]/, 1)[0];
  // User information hides the host it leads to; the server takes brackets only in a host, a query
  // or a fragment, and one `#`.
  if (authority.includes('@') || /[[\]]/.test(path) || value.indexOf('#') !== value.lastIndexOf('#')) {
    return false;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // Any spelling of an IPv6 address names the same machine; the browser writes it shorter.
  if (authority.startsWith('[')) {
    return url.hostname.startsWith('[');
  }
  const host = authority.replace(/:[0-9]*$/, '').toLowerCase();
  return (HOST_NAME.test(host) || IPV4.test(host)) && url.hostname === host;
}

const HTTP_SCHEME = /^https?:\/\//i;

/** What `java.net.URI` takes nowhere in a URL: whitespace, control characters and `"<>\^`{|}`. */
const REFUSED = /[\p{Cc}\p{Z}"<>\\^`{|}]/u;

/** A `%` that is not followed by two hex digits. */
const BROKEN_ESCAPE = /%(?![0-9a-f]{2})/i;

/** A label of a host name: letters, digits and inner hyphens. */
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';

/**
 * A host name as `java.net.URI` reads one: labels, the last starting with a letter when there are
 * several, and an optional final dot. Or an IPv4 address, which the browser must then read as the
 * text writes it (not `010.0.0.1`, which it reads as 8.0.0.1).
 */
const HOST_NAME = new RegExp(`^(?:(?:${LABEL}\\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?|${LABEL})\\.?$`);
const IPV4 = /^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$/;

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

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

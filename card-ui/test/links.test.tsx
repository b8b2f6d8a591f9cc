import { describe, expect, it } from 'vitest';

import { isHttpUrl } from '../src/links';
import agreement from './link-agreement.json';

/** The card's half of the link agreement; the rules' UrlsTest runs the same file. */
describe('the card draws a link only where the server would accept one', () => {
  it.each(agreement.cases)('$text', ({ text, link }) => {
    expect(isHttpUrl(text)).toBe(link);
  });

  it('is not fooled by values that are no text', () => {
    expect(isHttpUrl(undefined)).toBe(false);
    expect(isHttpUrl(42)).toBe(false);
  });
});

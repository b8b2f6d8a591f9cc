import { describe, expect, it } from 'vitest';

import { tableParameters } from '../src/tableQuery';
import agreement from './search-agreement.json';

/** The card's half of the search agreement; the rules' CardViewsTest runs the same file. */
describe('the card sends the search text as the server reads it', () => {
  it.each(agreement.cases)('%j', ({ typed, q }) => {
    expect(tableParameters({ page: 1, pageSize: 10, search: typed }).q).toBe(q ?? undefined);
  });
});

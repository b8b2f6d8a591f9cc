import { describe, expect, it } from 'vitest';

import { pageCount } from '../src/tableQuery';
import { MAX_PAGE } from '../src/vocabulary';

describe('the pages a TABLE offers', () => {
  const query = { page: 1, pageSize: 10, search: '' };

  it('are as many as the total fills, at least one', () => {
    expect(pageCount(query, 10, 95, 1)).toBe(10);
    expect(pageCount(query, 0, 0, 1)).toBe(1);
  });

  it('never go past the highest page the server answers', () => {
    expect(pageCount(query, 10, 10_000_000_000, 1)).toBe(MAX_PAGE);
    expect(pageCount({ ...query, page: MAX_PAGE }, 10, undefined, MAX_PAGE)).toBe(MAX_PAGE);
  });
});

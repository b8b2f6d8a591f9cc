import type { TableQuery } from './tableQuery';

/** Without a `total`: the last page a TABLE has, learned when the page past it came back empty. */
export interface LastPage {
  page: number;
  /** The card's reloads when it was learned: an action since may have added rows. */
  reloads: number;
  /** The query that stepped back to it from the empty page: its answer may well be full. */
  stepBack: TableQuery;
}

/**
 * What is still known of the last page once `rows` came back for `query`. A reload forgets it,
 * and so does a full page at or past it, other than the step back itself: rows may have come
 * since, and only the next page can tell.
 */
export function lastPageAfter(
  last: LastPage | undefined,
  query: TableQuery,
  rows: number,
  reloads: number,
): LastPage | undefined {
  if (last === undefined || last.reloads !== reloads) {
    return undefined;
  }
  const full = rows >= query.pageSize;
  return full && query.page >= last.page && query !== last.stepBack ? undefined : last;
}

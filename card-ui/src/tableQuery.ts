import type { TableSort } from './viewTypes';
import { MAX_PAGE, SORT_DESCENDING, type TableParameter } from './vocabulary';

/** What a TABLE asks its server for: a page of a size, in an order, matching a search. */
export interface TableQuery {
  page: number;
  pageSize: number;
  sort?: TableSort;
  search: string;
}

/**
 * The query parameters of a TABLE's data fetch: always the page and its size, the sort when a
 * column is sorted, the search text when there is any. Keyed by the vocabulary's names, so a
 * name the rules change is a type error here.
 */
export function tableParameters({ page, pageSize, sort, search }: TableQuery): Record<string, string> {
  const parameters: Partial<Record<TableParameter, string>> = { page: String(page), pageSize: String(pageSize) };
  if (sort) {
    parameters.sort = (sort.descending ? SORT_DESCENDING : '') + sort.property;
  }
  const text = search.trim();
  if (text !== '') {
    parameters.q = text;
  }
  return parameters;
}

/**
 * The page to ask for instead when the answered page lies past the end, as after a hook removed
 * rows: the last page by the `total`, or without one the page before an empty one. Undefined
 * when the page is fine.
 */
export function pageInRange(query: TableQuery, rows: number, total: number | undefined): number | undefined {
  if (query.page <= 1) {
    return undefined;
  }
  if (readsAsTotal(total)) {
    const last = pagesFilled(total, query.pageSize);
    return query.page > last ? last : undefined;
  }
  return rows === 0 ? query.page - 1 : undefined;
}

/**
 * How many pages the table offers. With a `total`, exactly as many as it fills. Without one,
 * one more while pages come back full, never fewer than the furthest page already known to exist.
 */
export function pageCount(query: TableQuery, rows: number, total: number | undefined, known: number): number {
  // Never a page the server refuses.
  if (readsAsTotal(total)) {
    return Math.min(MAX_PAGE, pagesFilled(total, query.pageSize));
  }
  return Math.min(MAX_PAGE, Math.max(known, rows >= query.pageSize ? query.page + 1 : query.page, 1));
}

/** A total the table pages by: a finite count, not below zero. */
function readsAsTotal(total: number | undefined): total is number {
  return typeof total === 'number' && Number.isFinite(total) && total >= 0;
}

/** The pages a total fills, never fewer than one; the rules' TablePages.filledBy judges answers by the same count. */
function pagesFilled(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

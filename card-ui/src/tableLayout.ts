import type { DisplayProperty } from './types';
import type { CardView, LocationName } from './viewTypes';
import {
  COMPACT_COLUMNS,
  COMPACT_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MIN_PAGE_SIZE,
  ROOMY_LOCATION,
  isReservedObjectKey,
} from './vocabulary';

/** How a TABLE fits where HubSpot shows it. */
export interface TableLayout {
  /** Narrow places: fewer columns, fewer rows, condensed rows, no first/last buttons. */
  compact: boolean;
  /** The display properties shown as columns, in declaration order. */
  columns: DisplayProperty[];
  /** The rows asked for per page, within the wire's limits. */
  pageSize: number;
}

/**
 * A record tab has the page's width: every column and the card's page size. The sidebars and the
 * preview panel are a few hundred pixels wide: the first columns and shorter pages. The rules say
 * which and how many, and the processor notes a card whose columns a compact table leaves out.
 */
export function tableLayout(view: CardView, properties: DisplayProperty[], location?: LocationName): TableLayout {
  const compact = location !== ROOMY_LOCATION;
  const columns = properties.filter((p) => !isReservedObjectKey(p.name));
  const pageSize = clamp(view.pageSize ?? DEFAULT_PAGE_SIZE);
  return compact
    ? { compact, columns: columns.slice(0, COMPACT_COLUMNS), pageSize: Math.min(pageSize, COMPACT_PAGE_SIZE) }
    : { compact, columns, pageSize };
}

function clamp(size: number): number {
  return Number.isInteger(size) ? Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, size)) : DEFAULT_PAGE_SIZE;
}

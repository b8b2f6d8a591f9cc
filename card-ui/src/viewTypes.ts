import type { FormsView } from './formTypes';
import type { CardResponse } from './types';
import type { CardLayout, CardLocation, ChartFieldType, ChartType, StatisticType } from './vocabulary';

/**
 * The view of a card (`<Name>.view.json`, written by the processor beside the definition and
 * copied into the project by `app`): how crmcards' card UI lays the card out. A card without one
 * (built before views existed) shows the legacy tiles.
 */
export interface CardView {
  card: string;
  layout: CardLayout;
  locations: LocationName[];
  /** TABLE only. */
  pageSize?: number;
  searchable?: boolean;
  /** Wire names of the properties whose column sorts, in declaration order. */
  sortable?: string[];
  /**
   * The ISO 4217 code of each card-defined CURRENCY property that has one, by its wire name:
   * HubSpot's definition has no place for it. Left out when no property has one.
   */
  currencyCodes?: CurrencyCodes;
  summary?: SummaryShape;
  /** FORM actions' forms by action id (formTypes.ts). */
  forms?: FormsView['forms'];
}

/** A view's currency codes: property wire name -> ISO 4217 code. */
export type CurrencyCodes = Record<string, string>;

/** crmcards' name of a card location, such as `RECORD_TAB`. */
export type LocationName = CardLocation['name'];

export interface StatisticShape {
  /** The key of the figure in the answer's `summary`. */
  name: string;
  label: string;
  type: StatisticType;
  currencyCode?: string;
}

export interface ChartShape {
  /** The key of the chart's points in the answer's `summary`. */
  name: string;
  label: string;
  type: ChartType;
  /** The member of each point on the horizontal axis, and its axis type. */
  x: string;
  xType: ChartFieldType;
  /** The numeric member of each point on the vertical axis. */
  y: string;
}

export interface SummaryShape {
  statistics?: StatisticShape[];
  charts?: ChartShape[];
}

/** A TABLE answer: a legacy answer plus the number of objects on all pages and, on page 1, the summary. */
export interface TableResponse extends CardResponse {
  total?: number;
  summary?: Record<string, unknown>;
}

/** How the sort of a TABLE reads: a sortable property's wire name and its direction. */
export interface TableSort {
  property: string;
  descending: boolean;
}

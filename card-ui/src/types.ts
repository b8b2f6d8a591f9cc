/**
 * The two documents a legacy CRM card is made of: its definition (what HubSpot's cards API
 * takes) and the data-fetch response its server sends. Fields are typed loosely (`string` where
 * HubSpot lists values) because definitions arrive as JSON and are checked at run time.
 */

export interface StatusOption {
  name: string;
  label: string;
  type: string;
}

export interface DisplayProperty {
  name: string;
  label: string;
  dataType: string;
  options: StatusOption[];
}

export interface DefinitionObjectType {
  name: string;
  propertiesToSend: string[];
}

export interface CardDefinition {
  title: string;
  fetch: { targetUrl: string; objectTypes: DefinitionObjectType[] };
  display: { properties: DisplayProperty[] };
  actions?: { baseUrls: string[] };
}

/** One item of an object's own `properties` array. */
export interface ObjectProperty {
  label: string;
  dataType: string;
  value: string | number;
  currencyCode?: string;
  linkLabel?: string;
  optionType?: string;
}

export interface CardAction {
  type: string;
  label: string;
  uri: string;
  width?: number;
  height?: number;
  httpMethod?: string;
  associatedObjectProperties?: string[];
  confirmationMessage?: string;
  confirmButtonText?: string;
  cancelButtonText?: string;
}

export interface CardObject {
  objectId: number;
  title: string;
  link?: string | null;
  actions?: CardAction[];
  properties?: ObjectProperty[];
  [cardProperty: string]: unknown;
}

export interface CardResponse {
  results: CardObject[];
  primaryAction?: CardAction;
  secondaryActions?: CardAction[];
  settingsAction?: CardAction;
}

/** The keys of a result object that are not card-defined property values. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  'objectId',
  'title',
  'link',
  'actions',
  'properties',
]);

/** HubSpot shows at most five objects per card. */
export const MAX_OBJECTS = 5;

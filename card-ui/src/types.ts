import type { ActionType, DataType, HttpMethod, ObjectTypeName, StatusType } from './vocabulary';

/**
 * The two documents a legacy CRM card is made of: its definition (what HubSpot's cards API
 * takes) and the data-fetch response its server sends. Where HubSpot lists the values a field
 * takes, the field has the literal union of the vocabulary crmcards' rules publish
 * (`vocabulary.ts`, generated), so code that names a value the rules do not know does not
 * compile. The documents themselves arrive as JSON: code that draws a value still checks it
 * (`isDataType` and the like) before trusting the union.
 */

export interface StatusOption {
  name: string;
  label: string;
  type: StatusType;
}

export interface DisplayProperty {
  name: string;
  label: string;
  dataType: DataType;
  options: StatusOption[];
}

export interface DefinitionObjectType {
  name: ObjectTypeName;
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
  dataType: DataType;
  value: string | number;
  /** STATUS: the card-defined STATUS property whose options colour the value, if any. */
  name?: string;
  currencyCode?: string;
  linkLabel?: string;
  optionType?: StatusType;
}

export interface CardAction {
  type: ActionType;
  /** FORM: the action's id, the key of its form in the card's view. */
  id?: string;
  label: string;
  uri: string;
  width?: number;
  height?: number;
  httpMethod?: HttpMethod;
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
  /** With a view's summary: its figures and each chart's points, by member name. */
  summary?: unknown;
}

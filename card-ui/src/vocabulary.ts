// Generated from the vocabulary crmcards-rules publishes (dev/crmcards/rules/vocabulary.json),
// which its Java rules write. Do not edit: change the rule in rules/src/main/java and build
// again (mvn -pl rules process-classes writes this file).

/** The data types a card renders: dataType of a display property and of a per-object property. */
export const DATA_TYPES = [
  'CURRENCY',
  'DATE',
  'DATETIME',
  'EMAIL',
  'LINK',
  'NUMERIC',
  'STATUS',
  'STRING',
] as const;
export type DataType = (typeof DATA_TYPES)[number];
export const isDataType = (value: unknown): value is DataType =>
  (DATA_TYPES as readonly unknown[]).includes(value);

/** The colours of a STATUS value: type of a status option, optionType of a per-object property. */
export const STATUS_TYPES = ['DEFAULT', 'SUCCESS', 'WARNING', 'DANGER', 'INFO'] as const;
export type StatusType = (typeof STATUS_TYPES)[number];
export const isStatusType = (value: unknown): value is StatusType =>
  (STATUS_TYPES as readonly unknown[]).includes(value);

/** What an action does: open an iframe, send a hook, or send a hook once the user confirms. */
export const ACTION_TYPES = ['IFRAME', 'ACTION_HOOK', 'CONFIRMATION_ACTION_HOOK'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const isActionType = (value: unknown): value is ActionType =>
  (ACTION_TYPES as readonly unknown[]).includes(value);

/** The methods of an action hook. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export const isHttpMethod = (value: unknown): value is HttpMethod =>
  (HTTP_METHODS as readonly unknown[]).includes(value);

/**
 * Where an action appears: on each object, or as the card's primary, settings or secondary action.
 */
export const ACTION_PLACEMENTS = ['OBJECT', 'PRIMARY', 'SETTINGS', 'SECONDARY'] as const;
export type ActionPlacement = (typeof ACTION_PLACEMENTS)[number];
export const isActionPlacement = (value: unknown): value is ActionPlacement =>
  (ACTION_PLACEMENTS as readonly unknown[]).includes(value);

/** The record types a card shows on, as its definition names them (fetch.objectTypes[].name). */
export const OBJECT_TYPES = ['contacts', 'companies', 'deals', 'tickets'] as const;
export type ObjectTypeName = (typeof OBJECT_TYPES)[number];
export const isObjectTypeName = (value: unknown): value is ObjectTypeName =>
  (OBJECT_TYPES as readonly unknown[]).includes(value);

/**
 * Each record type under the three names HubSpot uses: the app card context's objectTypeId, the
 * definition's name and the request's associatedObjectType.
 */
export const RECORD_TYPES = [
  { objectTypeId: '0-1', definitionName: 'contacts', requestName: 'CONTACT' },
  { objectTypeId: '0-2', definitionName: 'companies', requestName: 'COMPANY' },
  { objectTypeId: '0-3', definitionName: 'deals', requestName: 'DEAL' },
  { objectTypeId: '0-5', definitionName: 'tickets', requestName: 'TICKET' },
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Keys of a result object HubSpot reads itself, so no display property may use them. */
export const RESERVED_OBJECT_KEYS = ['objectId', 'title', 'link', 'properties', 'actions'] as const;
export type ReservedObjectKey = (typeof RESERVED_OBJECT_KEYS)[number];
export const isReservedObjectKey = (value: unknown): value is ReservedObjectKey =>
  (RESERVED_OBJECT_KEYS as readonly unknown[]).includes(value);

/** The top-level keys of a data-fetch response. */
export const RESPONSE_KEYS = [
  'results',
  'settingsAction',
  'primaryAction',
  'secondaryActions',
] as const;
export type ResponseKey = (typeof RESPONSE_KEYS)[number];
export const isResponseKey = (value: unknown): value is ResponseKey =>
  (RESPONSE_KEYS as readonly unknown[]).includes(value);

/**
 * The parameters of every data fetch and hook besides the record's properties, in the order they
 * are sent; appId only from app cards.
 */
export const REQUEST_PARAMETERS = [
  'userId',
  'userEmail',
  'associatedObjectId',
  'associatedObjectType',
  'portalId',
  'appId',
] as const;
export type RequestParameter = (typeof REQUEST_PARAMETERS)[number];
export const isRequestParameter = (value: unknown): value is RequestParameter =>
  (REQUEST_PARAMETERS as readonly unknown[]).includes(value);

/** How many objects of a data-fetch response a card shows (the converter shows all). */
export const OBJECTS_SHOWN = 5;

/** How long HubSpot waits for the card's server, in milliseconds. */
export const FETCH_TIMEOUT_MILLIS = 5000;

/** The largest request or response body hubspot.fetch carries, in bytes. */
export const FETCH_BODY_BYTES = 1048576;

/** How many cards one HubSpot app may have. */
export const CARDS_PER_APP = 25;

/** The confirm button's text when a confirmation hook gives none. */
export const DEFAULT_CONFIRM_BUTTON_TEXT = 'Yes';

/** The cancel button's text when a confirmation hook gives none. */
export const DEFAULT_CANCEL_BUTTON_TEXT = 'No';

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

/**
 * A DATE value, yyyy-mm-dd, with the year, month and day as groups; it must also name a day of the
 * calendar, years 0001 to 9999.
 */
export const DATE_PATTERN = '(\\d{4})-(\\d{2})-(\\d{2})';

/** The colours of a STATUS value: type of a status option, optionType of a per-object property. */
export const STATUS_TYPES = ['DEFAULT', 'SUCCESS', 'WARNING', 'DANGER', 'INFO'] as const;
export type StatusType = (typeof STATUS_TYPES)[number];
export const isStatusType = (value: unknown): value is StatusType =>
  (STATUS_TYPES as readonly unknown[]).includes(value);

/**
 * What an action does: open an iframe, send a hook, send a hook once the user confirms, or open a
 * form (crmcards' card UI only).
 */
export const ACTION_TYPES = ['IFRAME', 'ACTION_HOOK', 'CONFIRMATION_ACTION_HOOK', 'FORM'] as const;
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

/**
 * The action types crmcards' card UI opens or sends only when their URI has the protocol and host
 * of one of the card's action base URLs.
 */
export const BASE_URL_CHECKED_ACTION_TYPES = [
  'IFRAME',
  'ACTION_HOOK',
  'CONFIRMATION_ACTION_HOOK',
  'FORM',
] as const;
export type BaseUrlCheckedActionType = (typeof BASE_URL_CHECKED_ACTION_TYPES)[number];
export const isBaseUrlCheckedActionType = (value: unknown): value is BaseUrlCheckedActionType =>
  (BASE_URL_CHECKED_ACTION_TYPES as readonly unknown[]).includes(value);

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

/** The iframe modal's width in pixels when an IFRAME action gives none. */
export const DEFAULT_IFRAME_WIDTH = 890;

/** The iframe modal's height in pixels when an IFRAME action gives none. */
export const DEFAULT_IFRAME_HEIGHT = 748;

/** The field of HubSpot's proxy envelope holding the card server's own body. */
export const PROXY_RESPONSE_BODY = 'responseBody';

/** The field under the proxy envelope's context holding the card server's status, as ["409"]. */
export const PROXY_APP_SERVER_STATUS_CODE = 'appServerStatusCode';

/** The methods a FORM action may submit with. */
export const FORM_METHODS = ['POST', 'PUT', 'PATCH'] as const;
export type FormMethod = (typeof FORM_METHODS)[number];
export const isFormMethod = (value: unknown): value is FormMethod =>
  (FORM_METHODS as readonly unknown[]).includes(value);

/** The method a hook that names none is sent with. */
export const DEFAULT_HOOK_METHOD = 'POST';

/** How crmcards' card UI draws a card's objects: legacy tiles or a table. */
export const CARD_LAYOUTS = ['TILES', 'TABLE'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];
export const isCardLayout = (value: unknown): value is CardLayout =>
  (CARD_LAYOUTS as readonly unknown[]).includes(value);

/** Where HubSpot shows an app card: crmcards' name (CardLocation) and HubSpot's location. */
export const CARD_LOCATIONS = [
  { name: 'RECORD_SIDEBAR', hubspotLocation: 'crm.record.sidebar' },
  { name: 'RECORD_TAB', hubspotLocation: 'crm.record.tab' },
  { name: 'PREVIEW', hubspotLocation: 'crm.preview' },
  { name: 'HELPDESK_SIDEBAR', hubspotLocation: 'helpdesk.sidebar' },
] as const;
export type CardLocation = (typeof CARD_LOCATIONS)[number];

/** Where a card that names no location is placed (on tickets, on the help desk sidebar too). */
export const DEFAULT_LOCATION = 'RECORD_SIDEBAR';

/** The location only a card on tickets may name (its help desk twin). */
export const TICKETS_ONLY_LOCATION = 'HELPDESK_SIDEBAR';

/** The one location with room for a whole TABLE; everywhere else a table shows compact. */
export const ROOMY_LOCATION = 'RECORD_TAB';

/** The property columns a compact TABLE shows beside its title column. */
export const COMPACT_COLUMNS = 2;

/** The most rows a compact TABLE asks for a page. */
export const COMPACT_PAGE_SIZE = 5;

/** The fewest rows a TABLE page may have. */
export const MIN_PAGE_SIZE = 1;

/** The most rows a TABLE page may have. */
export const MAX_PAGE_SIZE = 100;

/** The rows of a TABLE page when the card names no page size. */
export const DEFAULT_PAGE_SIZE = 10;

/** The highest page a TABLE may ask for: page * pageSize fits an int. */
export const MAX_PAGE = 21474836;

/** The longest search text a TABLE sends, in UTF-16 units. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * The data fetch's parameters of a TABLE card: the page, its size, the sort and the search text.
 */
export const TABLE_PARAMETERS = ['page', 'pageSize', 'sort', 'q'] as const;
export type TableParameter = (typeof TABLE_PARAMETERS)[number];
export const isTableParameter = (value: unknown): value is TableParameter =>
  (TABLE_PARAMETERS as readonly unknown[]).includes(value);

/** Before a sort parameter's property name: descending order. */
export const SORT_DESCENDING = '-';

/** What a TABLE answer adds beside results: the number of objects on all pages, and the summary. */
export const TABLE_RESPONSE_KEYS = ['total', 'summary'] as const;
export type TableResponseKey = (typeof TABLE_RESPONSE_KEYS)[number];
export const isTableResponseKey = (value: unknown): value is TableResponseKey =>
  (TABLE_RESPONSE_KEYS as readonly unknown[]).includes(value);

/** The data types a summary figure may have. */
export const STATISTIC_TYPES = ['NUMERIC', 'CURRENCY'] as const;
export type StatisticType = (typeof STATISTIC_TYPES)[number];
export const isStatisticType = (value: unknown): value is StatisticType =>
  (STATISTIC_TYPES as readonly unknown[]).includes(value);

/** The charts a summary draws. */
export const CHART_TYPES = ['BAR', 'LINE'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const isChartType = (value: unknown): value is ChartType =>
  (CHART_TYPES as readonly unknown[]).includes(value);

/** HubSpot's chart axis field types: a category, a date, a number. */
export const CHART_FIELD_TYPES = ['category', 'datetime', 'linear'] as const;
export type ChartFieldType = (typeof CHART_FIELD_TYPES)[number];
export const isChartFieldType = (value: unknown): value is ChartFieldType =>
  (CHART_FIELD_TYPES as readonly unknown[]).includes(value);

/** What a form member becomes in the card. */
export const INPUT_TYPES = [
  'TEXT',
  'INTEGER',
  'DECIMAL',
  'BOOLEAN',
  'DATE',
  'SELECT',
  'MULTI_SELECT',
] as const;
export type InputType = (typeof INPUT_TYPES)[number];
export const isInputType = (value: unknown): value is InputType =>
  (INPUT_TYPES as readonly unknown[]).includes(value);

/** The largest whole number a card sends exactly; a long input stays within it. */
export const MAX_SAFE_INTEGER = 9007199254740991;

/**
 * The most digits after the point a number input's value may have, its exponent counted: more is no
 * number a card sends, and no number to the card or the server.
 */
export const MAX_DECIMAL_SCALE = 341;

/**
 * The longest text a form input takes, in UTF-16 units: the most its maxLength may be, and its
 * limit when it declares none.
 */
export const MAX_TEXT_LENGTH = 262144;

/** The content type of a submitted form. */
export const FORM_CONTENT_TYPE = 'application/json';

/**
 * What the card and the server say when a form value breaks a rule; {min}, {max} and {maxLength}
 * stand for the input's limit; where it declares none, a whole number's type's, a text's
 * maxTextLength.
 */
export const FORM_MESSAGES = [
  { rule: 'MISSING', text: 'Enter a value.' },
  { rule: 'TOO_LONG', text: 'Use at most {maxLength} characters.' },
  { rule: 'NO_MATCH', text: 'Enter a value in the expected format.' },
  { rule: 'TOO_SMALL', text: 'Enter a number of at least {min}.' },
  { rule: 'TOO_LARGE', text: 'Enter a number of at most {max}.' },
  { rule: 'NOT_WHOLE_NUMBER', text: 'Enter a whole number.' },
  { rule: 'NOT_NUMBER', text: 'Enter a number.' },
  { rule: 'NOT_DATE', text: 'Enter a date (yyyy-mm-dd).' },
  { rule: 'NOT_OPTION', text: 'Choose one of the options.' },
  { rule: 'NOT_BOOLEAN', text: 'Choose yes or no.' },
  { rule: 'NOT_TEXT', text: 'Enter text.' },
  { rule: 'NOT_LIST', text: 'Choose from the options.' },
] as const;
export type FormMessage = (typeof FORM_MESSAGES)[number];

/** The message of an answer with field errors. */
export const INVALID_FORM_MESSAGE = 'Some fields need another value.';

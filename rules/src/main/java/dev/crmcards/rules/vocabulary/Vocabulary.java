package dev.crmcards.rules.vocabulary;

import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.Client;
import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.FormInputs;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.ObjectTypes;
import dev.crmcards.rules.ProxyEnvelope;
import dev.crmcards.rules.RequestParameterNames;
import dev.crmcards.rules.ReservedKeys;
import dev.crmcards.rules.StatusTypes;
import dev.crmcards.rules.ValueFormats;
import dev.crmcards.rules.vocabulary.Term.Count;
import dev.crmcards.rules.vocabulary.Term.Names;
import dev.crmcards.rules.vocabulary.Term.Table;
import dev.crmcards.rules.vocabulary.Term.Text;
import java.util.List;

/**
 * HubSpot's CRM-card vocabulary as the rules define it, for the parts of crmcards that are not
 * Java: published as {@value #RESOURCE} in this jar ({@link VocabularyJson}), from which the card
 * UI's TypeScript types are generated ({@link TypeScriptVocabulary}) and which the CLI's preview
 * page reads. Every value comes from the rule that defines it, so the Java stays the one source.
 *
 * <p>Adding an entry is one line here (after the rule it names); the JSON file and the TypeScript
 * follow in the next build.
 */
public final class Vocabulary {
  /** Where the published file sits on the class path. */
  public static final String RESOURCE = "dev/crmcards/rules/vocabulary.json";

  /** Every entry, in the order the files list them. */
  public static final List<Term> TERMS =
      List.of(
          new Names(
              "dataTypes", "DataType",
              "The data types a card renders: dataType of a display property and of a per-object property.",
              DataTypes.RENDERED),
          new Text(
              "datePattern",
              "A DATE value, yyyy-mm-dd, with the year, month and day as groups; it must also name a day of the"
                  + " calendar, years 0001 to 9999.",
              ValueFormats.DATE_PATTERN),
          new Names(
              "statusTypes", "StatusType",
              "The colours of a STATUS value: type of a status option, optionType of a per-object property.",
              StatusTypes.NAMES),
          new Names(
              "actionTypes", "ActionType",
              "What an action does: open an iframe, send a hook, send a hook once the user confirms, or open a"
                  + " form (crmcards' card UI only).",
              ActionShapes.TYPES),
          new Names("httpMethods", "HttpMethod", "The methods of an action hook.", ActionShapes.METHODS),
          new Names(
              "actionPlacements", "ActionPlacement",
              "Where an action appears: on each object, or as the card's primary, settings or secondary action.",
              ActionShapes.PLACEMENTS),
          new Names(
              "baseUrlCheckedActionTypes", "BaseUrlCheckedActionType",
              "The action types crmcards' card UI opens or sends only when their URI has the protocol and host of"
                  + " one of the card's action base URLs.",
              ActionShapes.baseUrlCheckedTypes(Client.APP_CARD)),
          new Names(
              "objectTypes", "ObjectTypeName",
              "The record types a card shows on, as its definition names them (fetch.objectTypes[].name).",
              ObjectTypes.DEFINITION_NAMES),
          recordTypes(),
          new Names(
              "reservedObjectKeys", "ReservedObjectKey",
              "Keys of a result object HubSpot reads itself, so no display property may use them.",
              ReservedKeys.OBJECT_IN_ORDER),
          new Names(
              "responseKeys", "ResponseKey", "The top-level keys of a data-fetch response.", ReservedKeys.RESPONSE),
          new Names(
              "requestParameters", "RequestParameter",
              "The parameters of every data fetch and hook besides the record's properties, in the order they"
                  + " are sent; appId only from app cards.",
              RequestParameterNames.ALL),
          new Count(
              "objectsShown", "How many objects of a data-fetch response a card shows (the converter shows all).",
              Limits.OBJECTS_SHOWN),
          new Count(
              "fetchTimeoutMillis", "How long HubSpot waits for the card's server, in milliseconds.",
              Limits.FETCH_TIMEOUT_MILLIS),
          new Count(
              "fetchBodyBytes", "The largest request or response body hubspot.fetch carries, in bytes.",
              Limits.FETCH_BODY_BYTES),
          new Count("cardsPerApp", "How many cards one HubSpot app may have.", Limits.CARDS_PER_APP),
          new Text(
              "defaultConfirmButtonText", "The confirm button's text when a confirmation hook gives none.",
              ActionShapes.DEFAULT_CONFIRM_BUTTON_TEXT),
          new Text(
              "defaultCancelButtonText", "The cancel button's text when a confirmation hook gives none.",
              ActionShapes.DEFAULT_CANCEL_BUTTON_TEXT),
          new Count(
              "defaultIframeWidth", "The iframe modal's width in pixels when an IFRAME action gives none.",
              ActionShapes.DEFAULT_IFRAME_WIDTH),
          new Count(
              "defaultIframeHeight", "The iframe modal's height in pixels when an IFRAME action gives none.",
              ActionShapes.DEFAULT_IFRAME_HEIGHT),
          new Text(
              "proxyResponseBody", "The field of HubSpot's proxy envelope holding the card server's own body.",
              ProxyEnvelope.RESPONSE_BODY),
          new Text(
              "proxyAppServerStatusCode",
              "The field under the proxy envelope's context holding the card server's status, as [\"409\"].",
              ProxyEnvelope.APP_SERVER_STATUS_CODE),
          new Names("formMethods", "FormMethod", "The methods a FORM action may submit with.", ActionShapes.FORM_METHODS),
          new Text(
              "defaultHookMethod", "The method a hook that names none is sent with.",
              ActionShapes.DEFAULT_HOOK_METHOD),
          new Names(
              "cardLayouts", "CardLayout", "How crmcards' card UI draws a card's objects: legacy tiles or a table.",
              CardViews.LAYOUTS),
          cardLocations(),
          new Text(
              "defaultLocation",
              "Where a card that names no location is placed (on tickets, on the help desk sidebar too).",
              CardViews.DEFAULT_LOCATION),
          new Text(
              "ticketsOnlyLocation", "The location only a card on tickets may name (its help desk twin).",
              CardViews.TICKETS_ONLY_LOCATION),
          new Text(
              "roomyLocation",
              "The one location with room for a whole TABLE; everywhere else a table shows compact.",
              CardViews.ROOMY_LOCATION),
          new Count(
              "compactColumns", "The property columns a compact TABLE shows beside its title column.",
              CardViews.COMPACT_COLUMNS),
          new Count("compactPageSize", "The most rows a compact TABLE asks for a page.", CardViews.COMPACT_PAGE_SIZE),
          new Count("minPageSize", "The fewest rows a TABLE page may have.", CardViews.MIN_PAGE_SIZE),
          new Count("maxPageSize", "The most rows a TABLE page may have.", CardViews.MAX_PAGE_SIZE),
          new Count(
              "defaultPageSize", "The rows of a TABLE page when the card names no page size.",
              CardViews.DEFAULT_PAGE_SIZE),
          new Count(
              "maxPage", "The highest page a TABLE may ask for: page * pageSize fits an int.",
              CardViews.MAX_PAGE),
          new Count(
              "maxSearchLength", "The longest search text a TABLE sends, in UTF-16 units.",
              CardViews.MAX_SEARCH_LENGTH),
          new Names(
              "tableParameters", "TableParameter",
              "The data fetch's parameters of a TABLE card: the page, its size, the sort and the search text.",
              CardViews.TABLE_PARAMETERS),
          new Text("sortDescending", "Before a sort parameter's property name: descending order.", CardViews.DESCENDING),
          new Names(
              "tableResponseKeys", "TableResponseKey",
              "What a TABLE answer adds beside results: the number of objects on all pages, and the summary.",
              CardViews.RESPONSE_KEYS),
          new Names(
              "statisticTypes", "StatisticType", "The data types a summary figure may have.", CardViews.STATISTIC_TYPES),
          new Names("chartTypes", "ChartType", "The charts a summary draws.", CardViews.CHART_TYPES),
          new Names(
              "chartFieldTypes", "ChartFieldType",
              "HubSpot's chart axis field types: a category, a date, a number.",
              CardViews.CHART_FIELD_TYPES),
          new Names("inputTypes", "InputType", "What a form member becomes in the card.", FormInputs.TYPES),
          new Count(
              "maxSafeInteger", "The largest whole number a card sends exactly; a long input stays within it.",
              FormInputs.MAX_SAFE_INTEGER),
          new Count(
              "maxDecimalScale",
              "The most digits after the point a number input's value may have, its exponent counted: more is"
                  + " no number a card sends, and no number to the card or the server.",
              FormInputs.MAX_DECIMAL_SCALE),
          new Count(
              "maxTextLength",
              "The longest text a form input takes, in UTF-16 units: the most its maxLength may be, and its"
                  + " limit when it declares none.",
              FormInputs.MAX_TEXT_LENGTH),
          new Text("formContentType", "The content type of a submitted form.", FormInputs.CONTENT_TYPE),
          new Table(
              "formMessages", "FormMessage",
              "What the card and the server say when a form value breaks a rule; {min}, {max} and {maxLength}"
                  + " stand for the input's limit; where it declares none, a whole number's type's, a text's"
                  + " maxTextLength.",
              List.of("rule", "text"),
              FormInputs.MESSAGES.stream().map(m -> List.of(m.rule(), m.text())).toList()),
          new Text("invalidFormMessage", "The message of an answer with field errors.", FormInputs.INVALID_FORM));

  private Vocabulary() {}

  /** Each card location under crmcards' name and HubSpot's. */
  private static Table cardLocations() {
    return new Table(
        "cardLocations", "CardLocation",
        "Where HubSpot shows an app card: crmcards' name (CardLocation) and HubSpot's location.",
        List.of("name", "hubspotLocation"),
        CardViews.LOCATIONS.stream().map(l -> List.of(l.name(), l.hubspotLocation())).toList());
  }

  /** Each record type under the three names HubSpot uses for it. */
  private static Table recordTypes() {
    return new Table(
        "recordTypes", "RecordType",
        "Each record type under the three names HubSpot uses: the app card context's objectTypeId, the"
            + " definition's name and the request's associatedObjectType.",
        List.of("objectTypeId", "definitionName", "requestName"),
        ObjectTypes.DEFINITION_NAMES.stream()
            .map(name -> List.of(ObjectTypes.TYPE_IDS.get(name), name, ObjectTypes.REQUEST_NAMES.get(name)))
            .toList());
  }
}

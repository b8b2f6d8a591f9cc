package dev.crmcards.processor.read;

import java.util.List;

/**
 * Every name the processor reads from the runtime: its annotations, their attributes and the
 * constants of its enums. The processor sees them only as mirrors and strings (it cannot load the
 * runtime's classes), so they are all written here, and {@code RuntimeApiContractTest} fails
 * when one of them is missing from the runtime, has another type, or when the runtime has one
 * this list lacks.
 */
public final class RuntimeApi {
  private RuntimeApi() {}

  static final String PACKAGE = "dev.crmcards.";

  /** The per-object property type, the element type of an {@code @ExtraProperties} list. */
  public static final String PROPERTY = PACKAGE + "Property";

  /** {@code @CrmCard}. */
  public static final class CrmCard {
    public static final String ANNOTATION = PACKAGE + "CrmCard";
    public static final String TITLE = "title";
    public static final String TARGET_URL = "targetUrl";
    public static final String OBJECT_TYPES = "objectTypes";
    public static final String NAME = "name";
    public static final String ACTION_BASE_URLS = "actionBaseUrls";

    private CrmCard() {}
  }

  /** {@code @ObjectType}, inside {@code @CrmCard}. */
  public static final class ObjectType {
    public static final String ANNOTATION = PACKAGE + "ObjectType";
    public static final String VALUE = "value";
    public static final String PROPERTIES_TO_SEND = "propertiesToSend";

    private ObjectType() {}
  }

  /** {@code @Action}. */
  public static final class Action {
    public static final String ANNOTATION = PACKAGE + "Action";
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String LABEL = "label";
    public static final String URI = "uri";
    public static final String METHOD = "method";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String ASSOCIATED_OBJECT_PROPERTIES = "associatedObjectProperties";
    public static final String CONFIRMATION_MESSAGE = "confirmationMessage";
    public static final String CONFIRM_BUTTON_TEXT = "confirmButtonText";
    public static final String CANCEL_BUTTON_TEXT = "cancelButtonText";
    public static final String WHEN = "when";
    public static final String PLACEMENT = "placement";

    /** The attributes only an IFRAME action may write. */
    public static final List<String> IFRAME_ONLY = List.of(WIDTH, HEIGHT);
    /** The attributes only a CONFIRMATION_ACTION_HOOK may write. */
    public static final List<String> CONFIRMATION_ONLY =
        List.of(CONFIRMATION_MESSAGE, CONFIRM_BUTTON_TEXT, CANCEL_BUTTON_TEXT);

    private Action() {}
  }

  /** {@code @Actions}, the container of repeated {@code @Action}s. */
  public static final class Actions {
    public static final String ANNOTATION = PACKAGE + "Actions";
    public static final String VALUE = "value";

    private Actions() {}
  }

  /** {@code @CardProperty}. */
  public static final class CardProperty {
    public static final String ANNOTATION = PACKAGE + "CardProperty";
    public static final String NAME = "name";
    public static final String LABEL = "label";
    public static final String TYPE = "type";
    public static final String OPTIONS = "options";

    private CardProperty() {}
  }

  /** {@code @StatusOption}, inside {@code @CardProperty}. */
  public static final class StatusOption {
    public static final String ANNOTATION = PACKAGE + "StatusOption";
    public static final String NAME = "name";
    public static final String LABEL = "label";
    public static final String TYPE = "type";

    private StatusOption() {}
  }

  /** The member annotations, which have no attributes. */
  public static final class Markers {
    public static final String OBJECT_ID = PACKAGE + "ObjectId";
    public static final String TITLE = PACKAGE + "Title";
    public static final String LINK = PACKAGE + "Link";
    public static final String EXTRA_PROPERTIES = PACKAGE + "ExtraProperties";
    public static final String CRM_CARDS_GENERATED = PACKAGE + "CrmCardsGenerated";

    private Markers() {}
  }

  /** {@code ActionType}. */
  public static final class ActionType {
    public static final String ENUM = PACKAGE + "ActionType";
    public static final String IFRAME = "IFRAME";
    public static final String ACTION_HOOK = "ACTION_HOOK";
    public static final String CONFIRMATION_ACTION_HOOK = "CONFIRMATION_ACTION_HOOK";

    private ActionType() {}
  }

  /** {@code ActionPlacement}. */
  public static final class ActionPlacement {
    public static final String ENUM = PACKAGE + "ActionPlacement";
    public static final String OBJECT = "OBJECT";
    public static final String PRIMARY = "PRIMARY";
    public static final String SETTINGS = "SETTINGS";
    public static final String SECONDARY = "SECONDARY";

    private ActionPlacement() {}
  }

  /** {@code PropertyType}: the data types, which the rules' {@code DataTypes} describe. */
  public static final class PropertyType {
    public static final String ENUM = PACKAGE + "PropertyType";
    public static final String CURRENCY = "CURRENCY";
    public static final String DATE = "DATE";
    public static final String DATETIME = "DATETIME";
    public static final String EMAIL = "EMAIL";
    public static final String LINK = "LINK";
    public static final String NUMERIC = "NUMERIC";
    public static final String STATUS = "STATUS";
    public static final String STRING = "STRING";

    public static final List<String> ALL = List.of(CURRENCY, DATE, DATETIME, EMAIL, LINK, NUMERIC, STATUS, STRING);

    private PropertyType() {}
  }

  /** {@code StatusType}. */
  public static final class StatusType {
    public static final String ENUM = PACKAGE + "StatusType";
    public static final String DEFAULT = "DEFAULT";
    public static final String SUCCESS = "SUCCESS";
    public static final String WARNING = "WARNING";
    public static final String DANGER = "DANGER";
    public static final String INFO = "INFO";

    private StatusType() {}
  }

  /** {@code HttpMethod}. */
  public static final class HttpMethod {
    public static final String ENUM = PACKAGE + "HttpMethod";
    public static final String GET = "GET";
    public static final String POST = "POST";
    public static final String PUT = "PUT";
    public static final String DELETE = "DELETE";
    public static final String PATCH = "PATCH";

    private HttpMethod() {}
  }

  /** {@code CrmObjectType}: the processor writes a constant's name in lower case into the definition. */
  public static final class CrmObjectType {
    public static final String ENUM = PACKAGE + "CrmObjectType";
    public static final String CONTACTS = "CONTACTS";
    public static final String COMPANIES = "COMPANIES";
    public static final String DEALS = "DEALS";
    public static final String TICKETS = "TICKETS";

    private CrmObjectType() {}
  }
}

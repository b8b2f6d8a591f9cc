package dev.crmcards.processor.read;

import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.ObjectTypes;
import dev.crmcards.rules.StatusTypes;
import java.util.List;
import java.util.Locale;

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

  /**
   * Runtime classes that generated card classes call to build their constants, checked with the
   * signatures the generated code uses.
   */
  public static final class GeneratedCode {
    /** Encodes each declared action once: {@code iframe}, {@code actionHook}, {@code confirmationActionHook}. */
    public static final String ACTION_JSON = PACKAGE + "json.ActionJson";
    /** Reads the card definition for {@code definitionJson()}: {@code read(Class, String)}. */
    public static final String DEFINITION_RESOURCE = PACKAGE + "json.DefinitionResource";

    private GeneratedCode() {}
  }

  // The enums. CONSTANTS is what the rules say each enum holds; the contract test holds the
  // runtime's enums to it, so a constant HubSpot's rules do not know cannot slip in unnoticed.

  /** {@code ActionType}. */
  public static final class ActionType {
    public static final String ENUM = PACKAGE + "ActionType";
    public static final List<String> CONSTANTS = ActionShapes.TYPES;
    public static final String IFRAME = ActionShapes.IFRAME;
    public static final String CONFIRMATION_ACTION_HOOK = ActionShapes.CONFIRMATION_ACTION_HOOK;

    private ActionType() {}
  }

  /** {@code ActionPlacement}: crmcards' own, where a declared action goes in the response. */
  public static final class ActionPlacement {
    public static final String ENUM = PACKAGE + "ActionPlacement";
    public static final String OBJECT = "OBJECT";
    public static final String PRIMARY = "PRIMARY";
    public static final String SETTINGS = "SETTINGS";
    public static final String SECONDARY = "SECONDARY";
    public static final List<String> CONSTANTS = List.of(OBJECT, PRIMARY, SETTINGS, SECONDARY);

    private ActionPlacement() {}
  }

  /** {@code PropertyType}: the data types cards render. */
  public static final class PropertyType {
    public static final String ENUM = PACKAGE + "PropertyType";
    public static final List<String> CONSTANTS = DataTypes.RENDERED;
    public static final String STATUS = DataTypes.STATUS;

    private PropertyType() {}
  }

  /** {@code StatusType}. */
  public static final class StatusType {
    public static final String ENUM = PACKAGE + "StatusType";
    public static final List<String> CONSTANTS = StatusTypes.NAMES;

    private StatusType() {}
  }

  /** {@code HttpMethod}. */
  public static final class HttpMethod {
    public static final String ENUM = PACKAGE + "HttpMethod";
    public static final List<String> CONSTANTS = ActionShapes.METHODS;

    private HttpMethod() {}
  }

  /** {@code CrmObjectType}: a constant's name in lower case is its definition name. */
  public static final class CrmObjectType {
    public static final String ENUM = PACKAGE + "CrmObjectType";
    public static final List<String> CONSTANTS =
        ObjectTypes.DEFINITION_NAMES.stream().map(name -> name.toUpperCase(Locale.ROOT)).toList();

    private CrmObjectType() {}
  }
}

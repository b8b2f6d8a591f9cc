package dev.crmcards.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Every runtime type the generated code names, each written once. The annotations are named by
 * their classes wherever they are read; these cannot be: the runtime is not on the processor path
 * (it would bring the Servlet API and Jackson along), so {@code RuntimeTypesTest} holds each name
 * against the real class.
 */
public final class RuntimeTypes {
  private RuntimeTypes() {}

  private static final String RUNTIME = "dev.crmcards";

  // What handlers and users see.
  public static final ClassName CARD_RESPONSE = ClassName.get(RUNTIME, "CardResponse");
  public static final ClassName FETCH_REQUEST = ClassName.get(RUNTIME, "FetchRequest");
  public static final ClassName ACTION_REQUEST = ClassName.get(RUNTIME, "ActionRequest");
  public static final ClassName ACTION_RESULT = ClassName.get(RUNTIME, "ActionResult");
  /** What a TABLE card's fetch route reads beyond the legacy parameters. */
  public static final ClassName TABLE_PARAMETERS = ClassName.get(RUNTIME, "TableParameters");
  public static final ClassName CARD_ACTION = ClassName.get(RUNTIME, "CardAction");
  /** The per-object property, the element type of an {@code @ExtraProperties} list. */
  public static final ClassName PROPERTY = ClassName.get(RUNTIME, "Property");

  // What the generated writer calls.
  public static final ClassName JSON_OUTPUT = ClassName.get(RUNTIME + ".json", "JsonOutput");
  public static final ClassName ACTION_JSON = ClassName.get(RUNTIME + ".json", "ActionJson");
  public static final ClassName RESULT_LIMIT = ClassName.get(RUNTIME + ".json", "ResultLimit");
  public static final ClassName DEFINITION_RESOURCE = ClassName.get(RUNTIME + ".json", "DefinitionResource");

  // What the generated form readers call.
  public static final ClassName FORM_INPUT = ClassName.get(RUNTIME + ".form", "FormInput");
  public static final ClassName FORM_READER = ClassName.get(RUNTIME + ".form", "FormReader");

  // How the card is served and found.
  public static final ClassName CARD_ROUTES = ClassName.get(RUNTIME + ".core", "CardRoutes");
  public static final ClassName GENERATED_CARD = ClassName.get(RUNTIME + ".core", "GeneratedCard");
  public static final ClassName CARD_SERVLET = ClassName.get(RUNTIME + ".servlet", "CardServlet");
  public static final ClassName CARD_SETTINGS = ClassName.get(RUNTIME + ".servlet", "CardSettings");
  /** The Servlet API's, present on the class path only when the user's build has it. */
  public static final ClassName HTTP_SERVLET = ClassName.get("jakarta.servlet.http", "HttpServlet");

  /** All of the above. */
  public static final List<ClassName> ALL =
      List.of(
          CARD_RESPONSE, FETCH_REQUEST, ACTION_REQUEST, ACTION_RESULT, TABLE_PARAMETERS, CARD_ACTION, PROPERTY, JSON_OUTPUT,
          ACTION_JSON, RESULT_LIMIT, DEFINITION_RESOURCE, FORM_INPUT, FORM_READER, CARD_ROUTES, GENERATED_CARD, CARD_SERVLET,
          CARD_SETTINGS, HTTP_SERVLET);
}

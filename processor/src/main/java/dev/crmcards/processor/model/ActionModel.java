package dev.crmcards.processor.model;

import dev.crmcards.ActionPlacement;
import dev.crmcards.ActionType;
import dev.crmcards.HttpMethod;
import java.util.List;

/**
 * A declared {@code @Action}, with its URI already resolved against processor options.
 * {@code when} and {@code placeholderMembers} are filled in by validation; {@code form} is set for
 * FORM actions only.
 */
public record ActionModel(
    String id,
    ActionType type,
    String label,
    UriTemplate uri,
    HttpMethod method,
    int width,
    int height,
    List<String> associatedObjectProperties,
    String confirmationMessage,
    String confirmButtonText,
    String cancelButtonText,
    Member when,
    ActionPlacement placement,
    List<Member> placeholderMembers,
    FormModel form) {

  /** The simple name of the class the generated card reads a FORM action's body with. */
  public static String formReaderName(String actionId) {
    return Character.toUpperCase(actionId.charAt(0)) + actionId.substring(1) + "FormReader";
  }

  public boolean isHook() {
    return type != ActionType.IFRAME;
  }

  public boolean isForm() {
    return type == ActionType.FORM;
  }

  public boolean isObjectAction() {
    return placement == ActionPlacement.OBJECT;
  }
}

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

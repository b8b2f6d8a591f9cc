package dev.crmcards.processor.model;

import java.util.List;

/**
 * A declared {@code @Action}, with its URI already resolved against processor options.
 * {@code type}, {@code method} and {@code placement} are constant names of the runtime enums.
 * {@code when} and {@code placeholderMembers} are filled in by validation.
 */
public record ActionModel(
    String id,
    String type,
    String label,
    UriTemplate uri,
    String method,
    int width,
    int height,
    List<String> associatedObjectProperties,
    String confirmationMessage,
    String confirmButtonText,
    String cancelButtonText,
    Member when,
    String placement,
    List<Member> placeholderMembers) {

  public boolean isHook() {
    return !type.equals("IFRAME");
  }

  public boolean isObjectAction() {
    return placement.equals("OBJECT");
  }
}

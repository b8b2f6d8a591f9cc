package dev.crmcards.processor.read;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Why generated code cannot read a value from a field or method: it reads an instance's fields
 * and its methods without arguments that return something. The member scanner leaves such
 * members out, and the checks of card and summary members report them with our annotations.
 */
public enum Unreadable {
  STATIC,
  TAKES_ARGUMENTS,
  RETURNS_NOTHING;

  /** Why {@code member} cannot be read; empty when it can. */
  public static Optional<Unreadable> of(Element member) {
    if (member.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of(STATIC);
    }
    if (member instanceof ExecutableElement method) {
      if (!method.getParameters().isEmpty()) {
        return Optional.of(TAKES_ARGUMENTS);
      }
      if (method.getReturnType().getKind() == TypeKind.VOID) {
        return Optional.of(RETURNS_NOTHING);
      }
    }
    return Optional.empty();
  }
}

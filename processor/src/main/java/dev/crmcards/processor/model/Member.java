package dev.crmcards.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A readable member of a card class: a record component, a field or a no-arg method. The
 * generated code reads it with {@link #access(String)}. {@code throughRawSupertype}: inherited
 * from a generic class the card names raw ({@code extends Entity}), so its type is not the card's.
 */
public record Member(String javaName, Kind kind, TypeMirror type, Element element, boolean throughRawSupertype) {

  /** How generated code reaches the member. */
  public enum Kind {
    RECORD_COMPONENT,
    FIELD,
    METHOD
  }

  /** The name a property gets by default: the component or field name, a getter without get/is. */
  public String propertyName() {
    if (kind != Kind.METHOD) {
      return javaName;
    }
    for (String prefix : new String[] {"get", "is"}) {
      if (javaName.length() > prefix.length()
          && javaName.startsWith(prefix)
          && Character.isUpperCase(javaName.charAt(prefix.length()))) {
        String rest = javaName.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return javaName;
  }

  /** A Java expression reading this member from the variable {@code target}. */
  public String access(String target) {
    return kind == Kind.FIELD ? target + "." + javaName : target + "." + javaName + "()";
  }
}

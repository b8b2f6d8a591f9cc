package dev.crmcards.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads our annotations through the mirror API (never through {@code Class} objects, which a
 * processor cannot load), keeping the mirror and value so errors can point at an attribute.
 */
public final class Annotations {
  public static final String CRM_CARD = RuntimeApi.CrmCard.ANNOTATION;
  public static final String ACTION = RuntimeApi.Action.ANNOTATION;
  public static final String ACTIONS = RuntimeApi.Actions.ANNOTATION;
  public static final String OBJECT_ID = RuntimeApi.Markers.OBJECT_ID;
  public static final String TITLE = RuntimeApi.Markers.TITLE;
  public static final String LINK = RuntimeApi.Markers.LINK;
  public static final String CARD_PROPERTY = RuntimeApi.CardProperty.ANNOTATION;
  public static final String EXTRA_PROPERTIES = RuntimeApi.Markers.EXTRA_PROPERTIES;
  public static final String GENERATED_MARKER = RuntimeApi.Markers.CRM_CARDS_GENERATED;

  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The attribute's value, the declared default when not written. */
  public AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + attribute + " in " + mirror);
  }

  /** The attribute's value only when the source writes it, for positions and "not allowed here". */
  public static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  public String string(AnnotationMirror mirror, String attribute) {
    return (String) value(mirror, attribute).getValue();
  }

  public int integer(AnnotationMirror mirror, String attribute) {
    return (Integer) value(mirror, attribute).getValue();
  }

  /** An enum constant's name. */
  public String enumConstant(AnnotationMirror mirror, String attribute) {
    return ((VariableElement) value(mirror, attribute).getValue()).getSimpleName().toString();
  }

  /** The elements of an array attribute, each a value with its own source position. */
  public List<AnnotationValue> array(AnnotationMirror mirror, String attribute) {
    Object v = value(mirror, attribute).getValue();
    List<AnnotationValue> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        out.add((AnnotationValue) o);
      }
    }
    return out;
  }

  /** The nested annotations of an annotation-array attribute. */
  public List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationValue v : array(mirror, attribute)) {
      out.add((AnnotationMirror) v.getValue());
    }
    return out;
  }

  /** The {@code @Action}s of a type, direct or inside the {@code @Actions} container, in order. */
  public List<AnnotationMirror> actions(Element type) {
    List<AnnotationMirror> out = new ArrayList<>();
    find(type, ACTION).ifPresent(out::add);
    find(type, ACTIONS).ifPresent(container -> out.addAll(annotations(container, RuntimeApi.Actions.VALUE)));
    return out;
  }
}

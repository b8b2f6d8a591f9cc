package dev.crmcards.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Fills {@code ${key}} from processor options; null after reporting an unresolved key. */
@FunctionalInterface
interface OptionResolver {
  String resolve(String text, Element element, AnnotationMirror mirror, AnnotationValue value);
}

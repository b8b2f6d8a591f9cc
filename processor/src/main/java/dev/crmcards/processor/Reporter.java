package dev.crmcards.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics at the most precise position known (element, annotation, attribute) and
 * counts errors, so a card is generated only when its validation printed none.
 */
public final class Reporter {
  private final Messager messager;
  private final RepeatedAnnotationPositions positions;
  private int errors;

  public Reporter(Messager messager, RepeatedAnnotationPositions positions) {
    this.messager = messager;
    this.positions = positions;
  }

  public void error(String message, Element element) {
    print(Diagnostic.Kind.ERROR, message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    print(Diagnostic.Kind.ERROR, message, element, annotation, null);
  }

  public void error(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    print(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  public void warning(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    print(Diagnostic.Kind.WARNING, message, element, annotation, value);
  }

  public void note(String message, Element element) {
    messager.printMessage(Diagnostic.Kind.NOTE, message, element);
  }

  /** How many errors have been printed so far; compare before and after a card. */
  public int errorCount() {
    return errors;
  }

  private void print(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = "[crmcards] " + message;
    if (annotation != null) {
      var position = positions.find(element, annotation, value);
      if (position.isPresent()) {
        positions.trees().printMessage(kind, text, position.get().tree(), position.get().file());
        return;
      }
    }
    if (annotation == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, annotation);
    } else {
      messager.printMessage(kind, text, element, annotation, value);
    }
  }
}

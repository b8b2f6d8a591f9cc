package dev.crmcards.processor.validate;

import dev.crmcards.processor.Reporter;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Which classes can carry {@code @CrmCard}: ones generated code in the same package can use. */
final class CardShapeRules {
  private CardShapeRules() {}

  /** Reports every shape problem of {@code type}; true when there is none. */
  static boolean check(TypeElement type, Reporter reporter) {
    String name = type.getSimpleName().toString();
    switch (type.getKind()) {
      case INTERFACE:
      case ENUM:
      case ANNOTATION_TYPE:
        reporter.error(
            "@CrmCard goes on a class or record whose instances are the card's objects, but "
                + name
                + " is "
                + article(type.getKind())
                + ". Move @CrmCard to a class or record.",
            type);
        return false;
      default:
        break;
    }
    boolean ok = true;
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.error(
          "@CrmCard class " + name + " must not be abstract: its instances are the card's objects. "
              + "Annotate a concrete subclass instead.",
          type);
      ok = false;
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      reporter.error(
          "@CrmCard class " + name + " is declared inside a method; declare it as a top-level or "
              + "static nested class so the generated " + name + "CrmCard can refer to it.",
          type);
      return false;
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
        && type.getKind() == ElementKind.CLASS) {
      reporter.error(
          "@CrmCard class " + name + " is an inner class; make it static (or a record) so the "
              + "generated code can create no outer instance.",
          type);
      ok = false;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.error(
            "@CrmCard class "
                + name
                + (e == type ? " is private" : " is inside the private class " + e.getSimpleName())
                + "; the generated "
                + name
                + "CrmCard next to it cannot see it. Make it package-private or public.",
            type);
        ok = false;
        break;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(
          "@CrmCard class " + name + " must not have type parameters: the card's JSON shape must be "
              + "known at compile time.",
          type);
      ok = false;
    }
    return ok;
  }

  private static String article(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      default:
        return "an annotation type";
    }
  }
}

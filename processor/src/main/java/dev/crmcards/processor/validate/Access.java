package dev.crmcards.processor.validate;

import dev.crmcards.processor.model.Member;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * What the generated class can name and read. It sits in the card's package and is no subclass
 * of anything the user wrote, so a protected member is as closed to it as a package-private one.
 */
final class Access {
  private Access() {}

  /**
   * Whether code in {@code card}'s package can name {@code type}: no private type on the way,
   * nested classes static, and each public unless it is in that package.
   */
  static boolean reachable(TypeElement type, TypeElement card) {
    boolean samePackage = packageOf(type).equals(packageOf(card));
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      Set<Modifier> modifiers = t.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE) || (!samePackage && !modifiers.contains(Modifier.PUBLIC))) {
        return false;
      }
      if (t.getNestingKind() == NestingKind.MEMBER && t.getKind() == ElementKind.CLASS
          && !modifiers.contains(Modifier.STATIC)) {
        return false;
      }
    }
    return true;
  }

  /** Not private: a record component always, read through its accessor (its element is the private field). */
  static boolean notPrivate(Member member) {
    return member.kind() == Member.Kind.RECORD_COMPONENT || !member.element().getModifiers().contains(Modifier.PRIVATE);
  }

  /** Whether code in {@code card}'s package can read {@code member}: a record component always. */
  static boolean readable(Member member, TypeElement card) {
    return member.kind() == Member.Kind.RECORD_COMPONENT || readable(member.element(), card);
  }

  /** Whether code in {@code card}'s package can read {@code member}: public, or not private there. */
  static boolean readable(Element member, TypeElement card) {
    Set<Modifier> modifiers = member.getModifiers();
    return !modifiers.contains(Modifier.PRIVATE)
        && (modifiers.contains(Modifier.PUBLIC) || packageOf(member).equals(packageOf(card)));
  }

  /** How a member generated code cannot read is closed to it, for a message. */
  static String whyUnreadable(Element member) {
    return member.getModifiers().contains(Modifier.PRIVATE) ? "private"
        : member.getModifiers().contains(Modifier.PROTECTED) ? "protected in another package"
        : "package-private in another package";
  }

  /** What to make a member generated code cannot read: package-private will do in the card's package. */
  static String fix(Element member, TypeElement card) {
    return packageOf(member).equals(packageOf(card)) ? "package-private or public" : "public";
  }

  static PackageElement packageOf(Element e) {
    Element current = e;
    while (!(current instanceof PackageElement p)) {
      current = current.getEnclosingElement();
    }
    return p;
  }
}

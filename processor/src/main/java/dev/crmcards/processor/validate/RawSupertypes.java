package dev.crmcards.processor.validate;

import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.read.Annotations;
import java.lang.annotation.Annotation;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A member carrying our annotations that a card or summary inherits through a raw supertype
 * ({@code extends Entity} for a generic {@code Entity<ID>}): Java gives it no type from the class,
 * so crmcards can neither check it as the class means it nor write code that compiles without
 * unchecked conversions. The class must name the supertype with its type arguments.
 */
final class RawSupertypes {
  private RawSupertypes() {}

  /** Reports each such member of {@code owner}, on {@code owner}. */
  static void check(
      TypeElement owner, List<Member> members, List<Class<? extends Annotation>> annotations, Reporter reporter) {
    for (Member member : members) {
      Element declaring = member.element().getEnclosingElement();
      if (member.throughRawSupertype() && Annotations.hasAny(member.element(), annotations)) {
        reporter.error(
            owner.getSimpleName() + " inherits '" + member.javaName() + "' from " + declaring.getSimpleName()
                + " through a supertype it names raw, without type arguments, so '" + member.javaName()
                + "' has no type of " + owner.getSimpleName() + "'s for crmcards to check and write. Give every"
                + " generic supertype its type arguments, e.g. extends Entity<Long> rather than extends Entity.",
            owner);
      }
    }
  }
}

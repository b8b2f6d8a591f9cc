package dev.crmcards.processor.read;

import dev.crmcards.processor.model.Member;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Lists the members of a card class that generated code may read: record components, instance
 * fields and instance no-arg methods with a result, including inherited ones. A record's
 * component annotations are read from the component, never again from its field or accessor.
 * An inherited member has its type as the card class sees it: {@code ID id} of an {@code
 * Entity<ID>} the card extends as {@code Entity<Long>} is a {@code Long}. Through a raw supertype
 * ({@code extends Entity}) a member keeps the type it is declared with where that names no type
 * variable (a {@code List<Property>} stays one, where the raw view would erase it to a bare
 * {@code List}), and gets its erasure where it does ({@code ID extends Long} reads as {@code Long});
 * such a member is marked ({@link Member#throughRawSupertype()}) for the validators to refuse.
 */
public final class MemberScanner {
  private final Elements elements;
  private final Types types;

  public MemberScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  public List<Member> scan(TypeElement type) {
    List<Member> members = new ArrayList<>();
    Set<Element> accessors = new HashSet<>();
    Set<String> componentNames = new HashSet<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement c : type.getRecordComponents()) {
        // javac cannot place diagnostics on a record component, but it can on the component's
        // field, which carries the same annotations (ours all target FIELD).
        Element field = componentField(type, c);
        members.add(new Member(c.getSimpleName().toString(), Member.Kind.RECORD_COMPONENT, c.asType(), field, false));
        accessors.add(c.getAccessor());
        componentNames.add(c.getSimpleName().toString());
      }
    }
    DeclaredType seenFrom = (DeclaredType) type.asType();
    Set<Element> throughRawTypes = reachedRaw(type);
    for (Element e : elements.getAllMembers(type)) {
      if (Unreadable.of(e).isPresent() || isObjectMember(e)) {
        continue;
      }
      if (e.getKind() == ElementKind.FIELD) {
        if (componentNames.contains(e.getSimpleName().toString()) && e.getEnclosingElement().equals(type)) {
          continue; // the private field behind a record component
        }
        boolean raw = throughRawTypes.contains(e.getEnclosingElement());
        TypeMirror fieldType = raw ? seenRaw(e.asType()) : types.asMemberOf(seenFrom, e);
        members.add(new Member(e.getSimpleName().toString(), Member.Kind.FIELD, fieldType, e, raw));
      } else if (e.getKind() == ElementKind.METHOD && !accessors.contains(e)) {
        ExecutableElement m = (ExecutableElement) e;
        boolean raw = throughRawTypes.contains(m.getEnclosingElement());
        TypeMirror result =
            raw ? seenRaw(m.getReturnType()) : ((ExecutableType) types.asMemberOf(seenFrom, m)).getReturnType();
        members.add(new Member(m.getSimpleName().toString(), Member.Kind.METHOD, result, m, raw));
      }
    }
    return members;
  }

  /**
   * The fields and methods of {@code type}, inherited ones too, that carry one of {@code
   * annotations} but that {@link #scan} leaves out, as no generated code reads them ({@link
   * Unreadable}).
   */
  public List<Element> leftOut(TypeElement type, List<Class<? extends Annotation>> annotations) {
    List<Element> found = new ArrayList<>();
    for (Element e : elements.getAllMembers(type)) {
      boolean member = e.getKind() == ElementKind.FIELD || e.getKind() == ElementKind.METHOD;
      if (member && Annotations.hasAny(e, annotations) && Unreadable.of(e).isPresent()) {
        found.add(e);
      }
    }
    return found;
  }

  /**
   * The supertypes of {@code type} it names raw ({@code extends Entity} for a generic {@code
   * Entity<ID>}), and all of theirs: their members' types are not what the card gives them.
   */
  private Set<Element> reachedRaw(TypeElement type) {
    Set<Element> reached = new HashSet<>();
    collectRawSupertypes(type.asType(), false, reached);
    return reached;
  }

  /** A member type seen through a raw supertype: as declared, or erased if it names a type variable. */
  private TypeMirror seenRaw(TypeMirror declared) {
    return mentions(declared, TypeKind.TYPEVAR) ? types.erasure(declared) : declared;
  }

  /**
   * Whether {@code type} is of {@code kind} or has a part that is: a type argument, an array's
   * component, a wildcard's bound ({@code List<? extends ID>} mentions a type variable).
   */
  public static boolean mentions(TypeMirror type, TypeKind kind) {
    if (type.getKind() == kind) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().anyMatch(argument -> mentions(argument, kind));
    }
    if (type instanceof ArrayType array) {
      return mentions(array.getComponentType(), kind);
    }
    if (type instanceof WildcardType wildcard) {
      return (wildcard.getExtendsBound() != null && mentions(wildcard.getExtendsBound(), kind))
          || (wildcard.getSuperBound() != null && mentions(wildcard.getSuperBound(), kind));
    }
    return false;
  }

  /** The types reached from {@code type} only through a raw supertype, and theirs in turn. */
  private void collectRawSupertypes(TypeMirror type, boolean raw, Set<Element> into) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (!(supertype instanceof DeclaredType declared)) {
        continue;
      }
      Element element = declared.asElement();
      boolean rawHere = raw || (declared.getTypeArguments().isEmpty()
          && !((TypeElement) element).getTypeParameters().isEmpty());
      if (rawHere) {
        into.add(element);
      }
      collectRawSupertypes(supertype, rawHere, into);
    }
  }

  /** The field behind a record component; the component itself if there is none (a class file's record). */
  public static Element componentField(TypeElement type, RecordComponentElement component) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(component.getSimpleName())) {
        return e;
      }
    }
    return component;
  }

  private static boolean isObjectMember(Element e) {
    Element owner = e.getEnclosingElement();
    return owner instanceof TypeElement t
        && (t.getQualifiedName().contentEquals("java.lang.Object")
            || t.getQualifiedName().contentEquals("java.lang.Record"));
  }
}

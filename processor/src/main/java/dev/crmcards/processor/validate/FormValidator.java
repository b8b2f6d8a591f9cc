package dev.crmcards.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.crmcards.CrmCard;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.FormModel;
import dev.crmcards.processor.model.InputModel;
import dev.crmcards.processor.model.InputModel.Collection;
import dev.crmcards.processor.model.InputModel.OptionModel;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.InputGem;
import dev.crmcards.processor.read.MemberScanner;
import dev.crmcards.rules.CarriedNames;
import dev.crmcards.rules.FormInputs;
import dev.crmcards.rules.PatternProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.mapstruct.tools.gem.GemValue;

/**
 * Checks the form class of a FORM action ({@code Action.form}) and each of its {@code @Input}
 * members, reporting every rule that cannot hold at the member or attribute, and builds the form's
 * model when there is none.
 */
final class FormValidator {
  /** What the types a form member may have, for messages. */
  static final String SUPPORTED =
      "String, int, long, Integer, Long, double, Double, BigDecimal, boolean, Boolean, LocalDate, an enum,"
          + " or a Set or List of an enum";

  private final Reporter reporter;
  private final Elements elements;

  FormValidator(Reporter reporter, Elements elements) {
    this.reporter = reporter;
    this.elements = elements;
  }

  /**
   * The form named by an action's {@code form} attribute; empty after reporting why it cannot be
   * one.
   *
   * @param where the card, its action annotation and the {@code form} attribute, for errors about
   *     the form class as a whole
   */
  Optional<FormModel> validate(TypeMirror formType, TypeElement card, AnnotationMirror action, AnnotationValue where) {
    if (formType.getKind() != TypeKind.DECLARED) {
      reporter.error(
          "form = " + formType + ".class is not a form: name a record (or class) whose members carry @Input.",
          card, action, where);
      return Optional.empty();
    }
    TypeElement form = (TypeElement) ((DeclaredType) formType).asElement();
    String name = form.getSimpleName().toString();
    if (form.getKind() != ElementKind.RECORD && form.getKind() != ElementKind.CLASS) {
      reporter.error(
          "form = " + name + ".class is " + kindName(form) + "; a form is a record (or class) whose members"
              + " carry @Input, e.g. record " + name + "Form(@Input(label = \"Name\") String name) {}.",
          card, action, where);
      return Optional.empty();
    }
    if (Annotations.has(form, CrmCard.class)) {
      // A card's members are its objects' id, title and properties: as a form, each would be an
      // input to fill in, and every error would point at a member rather than at this mistake.
      reporter.error(
          "form = " + name + ".class is a card (@CrmCard), not a form; a form is a record of its own whose"
              + " members carry @Input, e.g. record " + name + "Form(@Input(label = \"Note\") String note) {}.",
          card, action, where);
      return Optional.empty();
    }
    int before = reporter.errorCount();
    if (form.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.error("form = " + name + ".class is abstract; the handler needs an instance: make it concrete.",
          card, action, where);
    }
    if (!form.getTypeParameters().isEmpty()) {
      reporter.error("form = " + name + ".class has type parameters; a form's members need fixed types.",
          card, action, where);
    }
    if (!Access.reachable(form, card)) {
      reporter.error(
          "form = " + name + ".class is not visible to the generated " + card.getSimpleName() + "CrmCard; make"
              + " it public, or package-private in " + card.getSimpleName() + "'s package (and static if nested).",
          card, action, where);
    }
    List<VariableElement> members = form.getKind() == ElementKind.RECORD ? components(form) : fields(form);
    for (Element e : form.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && !isAccessor(e, form)) {
        Annotations.input(e).ifPresent(gem -> reporter.error(
            "@Input goes on a record component or a field of the form, which the server fills; not on"
                + " a method.", e, gem.mirror()));
      } else if (e.getKind() == ElementKind.FIELD && e.getModifiers().contains(Modifier.STATIC)) {
        Annotations.input(e).ifPresent(gem -> reporter.error(
            "@Input goes on a field of each filled-in form; '" + e.getSimpleName() + "' is static, one for"
                + " all of them. Remove static, or remove @Input.", e, gem.mirror()));
      }
    }
    if (members.stream().noneMatch(m -> Annotations.input(m).isPresent())) {
      // Most likely the action names the wrong class (its summary, say): one error where it is
      // named, rather than one in that class for each of its members.
      reporter.error(
          "form = " + name + ".class has no @Input member" + (members.isEmpty() ? ", nor any member at all" : "")
              + "; a form's inputs are its @Input members. Name the form class whose members carry @Input, or "
              + (members.isEmpty()
                  ? "give " + name + " one, e.g. @Input(label = \"Note\") String note."
                  : "annotate the members of " + name + " with @Input(label = \"...\")."),
          card, action, where);
      return Optional.empty();
    }
    if (form.getKind() == ElementKind.CLASS && !hasConstructorFor(form, members, card)) {
      reporter.error(
          name + " needs a constructor taking its @Input fields in declaration order ("
              + typeList(members) + "), " + Access.fix(form, card) + ", so the server can build the filled-in"
              + " form. A record has one by itself.",
          form);
    }
    List<InputModel> inputs = new ArrayList<>();
    for (VariableElement member : members) {
      Optional<InputGem> gem = Annotations.input(member);
      if (gem.isEmpty()) {
        reporter.error(
            "'" + member.getSimpleName() + "' of the form " + name + " has no @Input: every member of a"
                + " form is an input. Add @Input(label = \"...\").",
            member);
        continue;
      }
      input(member, gem.get(), card).ifPresent(inputs::add);
    }
    if (reporter.errorCount() != before) {
      return Optional.empty();
    }
    return Optional.of(new FormModel(form, ClassName.get(form), List.copyOf(inputs)));
  }

  private Optional<InputModel> input(VariableElement member, InputGem gem, TypeElement card) {
    AnnotationMirror a = gem.mirror();
    String name = member.getSimpleName().toString();
    int before = reporter.errorCount();
    if (!Annotations.written(gem.label())) {
      reporter.error("@Input needs label: the input's label in the card, e.g. label = \"Quantity\".", member, a);
    } else if (gem.label().get().isBlank()) {
      reporter.error("@Input label must not be blank: it is the input's label in the card.",
          member, a, gem.label().getAnnotationValue());
    }
    if (CarriedNames.REFUSED.contains(name)) {
      reporter.error(
          Names.renameTheMember("Input", name) + ".",
          member, a);
    }

    TypeMirror type = member.asType();
    Collection collection = collection(type);
    TypeMirror valueType = collection == Collection.NONE ? type : ((DeclaredType) type).getTypeArguments().get(0);
    ValueKind kind = TypeRules.classify(valueType);
    String inputType = inputType(kind, collection);
    if (inputType == null) {
      reporter.error(
          "'" + name + "' has type " + type + ", which a form cannot hold; use " + SUPPORTED + ".", member, a);
      return Optional.empty();
    }

    boolean primitive = type.getKind().isPrimitive();
    if (primitive && Annotations.written(gem.required()) && !gem.required().get()) {
      reporter.error(
          "'" + name + "' is a " + type + ", which always has a value, so it is always required; use "
              + boxed(kind) + " for an optional input, or remove required = false.",
          member, a, gem.required().getAnnotationValue());
    }
    boolean number = inputType.equals(FormInputs.INTEGER) || inputType.equals(FormInputs.DECIMAL);
    boolean text = inputType.equals(FormInputs.TEXT);
    Double min = limit(member, a, gem.min(), "min", number, kind);
    Double max = limit(member, a, gem.max(), "max", number, kind);
    if (min != null && max != null && min > max) {
      reporter.error(
          "min (" + FormInputs.number(min) + ") is larger than max (" + FormInputs.number(max) + "), so no value"
              + " could be entered; swap them.",
          member, a, gem.max().getAnnotationValue());
    }
    Integer maxLength = null;
    if (onlyFor(member, a, gem.maxLength(), "maxLength", text, "String")) {
      maxLength = gem.maxLength().get();
      FormInputs.maxLengthProblem(maxLength)
          .ifPresent(problem -> reporter.error(problem, member, a, gem.maxLength().getAnnotationValue()));
    }
    String pattern = null;
    if (onlyFor(member, a, gem.pattern(), "pattern", text, "String")) {
      pattern = gem.pattern().get();
      checkPattern(member, a, gem.pattern().getAnnotationValue(), pattern);
    }
    onlyFor(member, a, gem.multiline(), "multiline", text, "String");
    // HubSpot's DateInput takes no placeholder, and a checkbox has no box to write one in.
    onlyFor(member, a, gem.placeholder(), "placeholder",
        !inputType.equals(FormInputs.DATE) && !inputType.equals(FormInputs.BOOLEAN),
        "text, number and select");
    String currencyCode = null;
    if (onlyFor(member, a, gem.currencyCode(), "currencyCode", kind == ValueKind.BIG_DECIMAL, "BigDecimal")) {
      currencyCode = gem.currencyCode().get();
      CurrencyCodeAttribute.checkIso4217(reporter, gem.currencyCode(), member, a);
    }
    List<OptionModel> options = kind == ValueKind.ENUM ? options(member, a, valueType, card) : List.of();
    if (reporter.errorCount() != before) {
      return Optional.empty();
    }
    TypeName enumType = kind == ValueKind.ENUM ? TypeName.get(valueType) : null;
    return Optional.of(
        new InputModel(
            name,
            inputType,
            kind,
            collection,
            TypeName.get(type),
            enumType,
            options,
            gem.label().get(),
            primitive || gem.required().get(),
            gem.placeholder().get(),
            gem.description().get(),
            min,
            max,
            maxLength,
            pattern,
            gem.multiline().get(),
            currencyCode));
  }

  /** A written {@code min} or {@code max}; null when unset or not allowed (reported). */
  private Double limit(
      VariableElement member, AnnotationMirror a, GemValue<Double> value, String attribute, boolean number, ValueKind kind) {
    if (!onlyFor(member, a, value, attribute, number, "number (int, long, Integer, Long, double, Double, BigDecimal)")) {
      return null;
    }
    double limit = value.get();
    AnnotationValue where = value.getAnnotationValue();
    if (Double.isNaN(limit) || Double.isInfinite(limit)) {
      reporter.error(attribute + " must be a finite number; remove it for no limit.", member, a, where);
      return null;
    }
    double largest = largest(kind);
    if (largest > 0 && limit != Math.rint(limit)) {
      reporter.error(
          attribute + " of the whole-number input '" + member.getSimpleName() + "' must be a whole number, not "
              + FormInputs.number(limit) + ".",
          member, a, where);
      return null;
    }
    if (largest > 0 && Math.abs(limit) > largest) {
      reporter.error(
          attribute + " " + FormInputs.number(limit) + " is outside what '" + member.getSimpleName() + "' ("
              + member.asType() + ") can hold in the card and on the server: -" + FormInputs.number(largest)
              + " to " + FormInputs.number(largest) + ".",
          member, a, where);
      return null;
    }
    return limit;
  }

  /** The largest whole number an INTEGER input of this kind takes; 0 for a decimal input. */
  private static double largest(ValueKind kind) {
    return kind.isInt() ? Integer.MAX_VALUE : kind.isLong() ? FormInputs.MAX_SAFE_INTEGER : 0;
  }

  /**
   * Whether the attribute is written and allowed; reports it when written on a member it is not
   * for.
   */
  private boolean onlyFor(
      VariableElement member, AnnotationMirror a, GemValue<?> value, String attribute, boolean allowed, String forWhat) {
    if (!Annotations.written(value)) {
      return false;
    }
    if (!allowed) {
      reporter.error(
          attribute + " is for " + forWhat + " inputs; '" + member.getSimpleName() + "' is " + member.asType()
              + ". Remove " + attribute + ".",
          member, a, value.getAnnotationValue());
      return false;
    }
    return true;
  }

  private void checkPattern(VariableElement member, AnnotationMirror a, AnnotationValue where, String pattern) {
    if (pattern.isEmpty()) {
      reporter.error("pattern must not be empty; remove it for no pattern.", member, a, where);
      return;
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      reporter.error(
          "pattern \"" + pattern + "\" is not a regular expression: " + e.getDescription() + " near index "
              + e.getIndex() + ". Fix it, e.g. \"[A-Z]{3}-\\\\d+\".",
          member, a, where);
      return;
    }
    FormInputs.javaOnlyPart(pattern).ifPresent(part -> reporter.error(
        "pattern \"" + pattern + "\" uses " + part + ", which the card's JavaScript reads otherwise or not at"
            + " all; " + PatternProperties.alike(part).map(fix -> "write " + fix + " instead of " + part)
                .orElse("write the pattern without it")
            + " so that the card and the server check the same.",
        member, a, where));
  }

  /** The options of an enum, labelled; reports one the generated card cannot read, or without constants. */
  private List<OptionModel> options(VariableElement member, AnnotationMirror a, TypeMirror enumType, TypeElement card) {
    TypeElement type = (TypeElement) ((DeclaredType) enumType).asElement();
    return EnumLabels.readable(
            type, card, reporter,
            "The enum " + type.getSimpleName() + " of '" + member.getSimpleName() + "' is not visible to the"
                + " generated " + card.getSimpleName() + "CrmCard, which reads its constants; make it public, or"
                + " package-private in " + card.getSimpleName() + "'s package.",
            "'" + member.getSimpleName() + "' is the enum " + type.getSimpleName() + ", which has no constants, so"
                + " the input would have no options; add constants to " + type.getSimpleName() + ".",
            problem -> reporter.error(problem, member, a))
        .orElse(List.of());
  }

  private static Collection collection(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Collection.NONE;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    boolean set = name.equals("java.util.Set");
    if (!set && !name.equals("java.util.List")) {
      return Collection.NONE;
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED
        || ((DeclaredType) arguments.get(0)).asElement().getKind() != ElementKind.ENUM) {
      return Collection.NONE; // not of an enum: refused as a type
    }
    return set ? Collection.SET : Collection.LIST;
  }

  /** The input a member of this kind becomes; null for a kind a form cannot hold. */
  private static String inputType(ValueKind kind, Collection collection) {
    if (collection != Collection.NONE) {
      return FormInputs.MULTI_SELECT;
    }
    switch (kind) {
      case STRING:
        return FormInputs.TEXT;
      case PRIMITIVE_INT:
      case PRIMITIVE_LONG:
      case BOXED_INT:
      case BOXED_LONG:
        return FormInputs.INTEGER;
      case PRIMITIVE_DOUBLE:
      case BOXED_DOUBLE:
      case BIG_DECIMAL:
        return FormInputs.DECIMAL;
      case PRIMITIVE_BOOLEAN:
      case BOXED_BOOLEAN:
        return FormInputs.BOOLEAN;
      case LOCAL_DATE:
        return FormInputs.DATE;
      case ENUM:
        return FormInputs.SELECT;
      default:
        return null;
    }
  }

  private static String boxed(ValueKind kind) {
    switch (kind) {
      case PRIMITIVE_INT:
        return "Integer";
      case PRIMITIVE_LONG:
        return "Long";
      case PRIMITIVE_DOUBLE:
        return "Double or BigDecimal";
      default:
        return "Boolean";
    }
  }

  /** The record's components, each as its field (which carries the annotations, and a position). */
  private static List<VariableElement> components(TypeElement form) {
    List<VariableElement> result = new ArrayList<>();
    for (RecordComponentElement c : form.getRecordComponents()) {
      if (MemberScanner.componentField(form, c) instanceof VariableElement field) {
        result.add(field);
      }
    }
    return result;
  }

  private static List<VariableElement> fields(TypeElement form) {
    List<VariableElement> result = new ArrayList<>();
    for (Element e : form.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)) {
        result.add((VariableElement) e);
      }
    }
    return result;
  }

  private static boolean isAccessor(Element method, TypeElement form) {
    for (RecordComponentElement c : form.getRecordComponents()) {
      if (method.equals(c.getAccessor())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasConstructorFor(TypeElement form, List<VariableElement> members, TypeElement card) {
    for (Element e : form.getEnclosedElements()) {
      if (e.getKind() != ElementKind.CONSTRUCTOR || !Access.readable(e, card)) {
        continue;
      }
      List<? extends VariableElement> parameters = ((ExecutableElement) e).getParameters();
      boolean same = parameters.size() == members.size();
      for (int i = 0; same && i < parameters.size(); i++) {
        same = TypeName.get(parameters.get(i).asType()).equals(TypeName.get(members.get(i).asType()));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static String typeList(List<VariableElement> members) {
    List<String> types = new ArrayList<>();
    for (VariableElement m : members) {
      types.add(TypeName.get(m.asType()).toString());
    }
    return String.join(", ", types);
  }

  private static String kindName(TypeElement form) {
    switch (form.getKind()) {
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation";
      default:
        return "not a record or class";
    }
  }
}

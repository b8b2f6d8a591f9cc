package dev.crmcards.processor.validate;

import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.StatusOptionModel;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.RuntimeApi.CardProperty;
import dev.crmcards.processor.read.RuntimeApi.PropertyType;
import dev.crmcards.processor.read.RuntimeApi.StatusOption;
import dev.crmcards.rules.ReservedKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** Checks the {@code @CardProperty} members of a card: names, labels, Java types, STATUS options. */
final class PropertyValidator {
  private final Reporter reporter;
  private final Annotations annotations;

  PropertyValidator(Reporter reporter, Annotations annotations) {
    this.reporter = reporter;
    this.annotations = annotations;
  }

  List<PropertyModel> validate(TypeElement type, AnnotationMirror card, List<Member> members) {
    List<PropertyModel> properties = new ArrayList<>();
    Map<String, Member> names = new HashMap<>();
    for (Member member : members) {
      Optional<AnnotationMirror> found = Annotations.find(member.element(), Annotations.CARD_PROPERTY);
      if (found.isEmpty()) {
        continue;
      }
      AnnotationMirror mirror = found.get();
      Element element = member.element();

      String label = annotations.string(mirror, CardProperty.LABEL);
      if (label.isBlank()) {
        reporter.error(
            "@CardProperty label of '" + member.javaName() + "' must not be blank: HubSpot shows it "
                + "before the value.",
            element, mirror, annotations.value(mirror, CardProperty.LABEL));
      }

      String name = member.propertyName();
      Optional<AnnotationValue> explicitName = Annotations.explicit(mirror, CardProperty.NAME);
      AnnotationValue namePosition = explicitName.orElse(null);
      if (explicitName.isPresent()) {
        name = (String) explicitName.get().getValue();
        if (name.isBlank()) {
          reporter.error(
              "@CardProperty name must not be blank; leave it out to use '" + member.propertyName() + "'.",
              element, mirror, namePosition);
        }
      }
      if (ReservedKeys.OBJECT.contains(name)) {
        reporter.error(
            "Property name '" + name + "' is reserved: HubSpot reads "
                + String.join(", ", ReservedKeys.OBJECT_IN_ORDER) + " itself. Rename it with @CardProperty(name = \"...\").",
            element, mirror, namePosition);
      } else if (!name.isBlank() && names.containsKey(name)) {
        reporter.error(
            "Property name '" + name + "' is already used by '" + names.get(name).javaName()
                + "'; each display property needs its own name. Rename one with @CardProperty(name = \"...\").",
            element, mirror, namePosition);
      } else {
        names.put(name, member);
      }

      String propertyType = annotations.enumConstant(mirror, CardProperty.TYPE);
      AnnotationValue typePosition = Annotations.explicit(mirror, CardProperty.TYPE).orElse(null);
      ValueKind kind = TypeRules.classify(member.type());
      Set<ValueKind> accepted = TypeRules.accepted(propertyType);
      if (!PropertyType.CONSTANTS.contains(propertyType)) {
        reporter.error(
            "PropertyType." + propertyType + " is unknown to this crmcards processor: use crmcards-processor"
                + " and crmcards-runtime of the same version.",
            element, mirror, typePosition);
        continue;
      } else if (!accepted.contains(kind)) {
        List<String> fitting = TypeRules.propertyTypesAccepting(kind);
        reporter.error(
            "@CardProperty(type = " + propertyType + ") does not accept " + member.type() + " ('"
                + member.javaName() + "'); " + propertyType + " accepts " + TypeRules.describe(accepted) + "."
                + (fitting.isEmpty() ? "" : " " + member.type() + " fits type = " + String.join(" or ", fitting) + "."),
            element, mirror, typePosition);
      }

      List<StatusOptionModel> options = options(member, mirror, propertyType, kind, typePosition);
      properties.add(new PropertyModel(member, kind, name, label, propertyType, options));
    }
    if (properties.isEmpty()) {
      reporter.error(
          "@CrmCard class " + type.getSimpleName() + " has no @CardProperty member; HubSpot's card "
              + "definition needs at least one display property. Annotate a member with "
              + "@CardProperty(label = \"...\", type = ...).",
          type, card);
    }
    return List.copyOf(properties);
  }

  private List<StatusOptionModel> options(
      Member member, AnnotationMirror mirror, String propertyType, ValueKind kind, AnnotationValue typePosition) {
    Element element = member.element();
    List<AnnotationMirror> optionMirrors = annotations.annotations(mirror, CardProperty.OPTIONS);
    boolean status = propertyType.equals(PropertyType.STATUS);
    if (!status) {
      if (!optionMirrors.isEmpty()) {
        reporter.error(
            "options are for STATUS properties only; '" + member.javaName() + "' is " + propertyType
                + ". Remove options or use type = STATUS.",
            element, mirror, annotations.value(mirror, CardProperty.OPTIONS));
      }
      return List.of();
    }
    if (optionMirrors.isEmpty()) {
      reporter.error(
          "STATUS property '" + member.javaName() + "' needs options: HubSpot shows a value by the "
              + "label and colour of the option with that name. Add options = "
              + "@StatusOption(name = \"...\", label = \"...\", type = StatusType.SUCCESS).",
          element, mirror, typePosition);
      return List.of();
    }
    List<StatusOptionModel> options = new ArrayList<>();
    Set<String> optionNames = new LinkedHashSet<>();
    for (AnnotationMirror option : optionMirrors) {
      AnnotationValue nameValue = annotations.value(option, StatusOption.NAME);
      String name = (String) nameValue.getValue();
      if (name.isBlank()) {
        reporter.error("@StatusOption name must not be blank: objects send it as the value.", element, option, nameValue);
      } else if (!optionNames.add(name)) {
        reporter.error(
            "@StatusOption name \"" + name + "\" appears twice in '" + member.javaName() + "'; option names must be unique.",
            element, option, nameValue);
      }
      String label = annotations.string(option, StatusOption.LABEL);
      options.add(new StatusOptionModel(name, label.isEmpty() ? name : label, annotations.enumConstant(option, StatusOption.TYPE)));
    }
    if (kind == ValueKind.ENUM) {
      checkEnumMatches(member, mirror, optionNames);
    }
    return List.copyOf(options);
  }

  /** An enum STATUS member sends its constant names, so they must be exactly the option names. */
  private void checkEnumMatches(Member member, AnnotationMirror mirror, Set<String> optionNames) {
    TypeElement enumType = (TypeElement) ((DeclaredType) member.type()).asElement();
    Set<String> constants = new LinkedHashSet<>();
    for (Element e : enumType.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(e.getSimpleName().toString());
      }
    }
    Set<String> missingOptions = new LinkedHashSet<>(constants);
    missingOptions.removeAll(optionNames);
    Set<String> strayOptions = new LinkedHashSet<>(optionNames);
    strayOptions.removeAll(constants);
    if (missingOptions.isEmpty() && strayOptions.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder("The constants of enum ")
            .append(enumType.getSimpleName())
            .append(" and the options of STATUS property '")
            .append(member.javaName())
            .append("' must match.");
    for (String c : missingOptions) {
      message.append(" Constant ").append(c).append(" has no option.");
    }
    for (String o : strayOptions) {
      message.append(" Option \"").append(o).append("\" matches no constant.");
      Names.closest(o, missingOptions).ifPresent(c -> message.append(" Did you mean ").append(c).append('?'));
    }
    reporter.error(message.toString(), member.element(), mirror, annotations.value(mirror, CardProperty.OPTIONS));
  }
}

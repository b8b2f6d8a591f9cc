package dev.crmcards.processor.validate;

import dev.crmcards.PropertyType;
import dev.crmcards.StatusType;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.StatusOptionModel;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.CardPropertyGem;
import dev.crmcards.processor.read.StatusOptionGem;
import dev.crmcards.rules.CarriedNames;
import dev.crmcards.rules.OptionLabels;
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

/**
 * Checks the {@code @CardProperty} members of a card: names, labels, Java types, STATUS options,
 * currency codes.
 */
final class PropertyValidator {
  private final Reporter reporter;
  private final EnumAttributes enums;

  PropertyValidator(Reporter reporter, EnumAttributes enums) {
    this.reporter = reporter;
    this.enums = enums;
  }

  List<PropertyModel> validate(TypeElement type, AnnotationMirror card, List<Member> members) {
    List<PropertyModel> properties = new ArrayList<>();
    Map<String, Member> names = new HashMap<>();
    for (Member member : members) {
      Optional<CardPropertyGem> found = Annotations.cardProperty(member.element());
      if (found.isEmpty()) {
        continue;
      }
      CardPropertyGem gem = found.get();
      AnnotationMirror mirror = gem.mirror();
      Element element = member.element();

      String label = gem.label().get();
      if (label.isBlank()) {
        reporter.error(
            "@CardProperty label of '" + member.javaName() + "' must not be blank: HubSpot shows it "
                + "before the value.",
            element, mirror, gem.label().getAnnotationValue());
      }

      String name = member.propertyName();
      AnnotationValue namePosition = gem.name().getAnnotationValue();
      if (gem.name().hasValue()) {
        name = gem.name().getValue();
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
      } else if (CarriedNames.REFUSED.contains(name)) {
        reporter.error(
            Names.renameTheMember("Property name", name) + ", or name the property with"
                + " @CardProperty(name = \"" + CarriedNames.suggestion(name) + "\").",
            element, mirror, namePosition);
      } else if (!name.isBlank() && names.containsKey(name)) {
        reporter.error(
            "Property name '" + name + "' is already used by '" + names.get(name).javaName()
                + "'; each display property needs its own name. Rename one with @CardProperty(name = \"...\").",
            element, mirror, namePosition);
      } else {
        names.put(name, member);
      }

      PropertyType propertyType = enums.read(gem.type(), PropertyType.class, element, mirror);
      AnnotationValue typePosition = gem.type().getAnnotationValue();
      if (propertyType == null) {
        continue;
      }
      ValueKind kind = TypeRules.classify(member.type());
      Set<ValueKind> accepted = TypeRules.accepted(propertyType);
      if (!accepted.contains(kind)) {
        List<String> fitting = TypeRules.propertyTypesAccepting(kind);
        reporter.error(
            "@CardProperty(type = " + propertyType + ") does not accept " + member.type() + " ('"
                + member.javaName() + "'); " + propertyType + " accepts " + TypeRules.describe(accepted) + "."
                + (fitting.isEmpty() ? "" : " " + member.type() + " fits type = " + String.join(" or ", fitting) + "."),
            element, mirror, typePosition);
      }

      List<StatusOptionModel> options = options(member, gem, propertyType, kind, typePosition);
      String currencyCode =
          CurrencyCodeAttribute.read(reporter, gem.currencyCode(), propertyType, "properties", member, mirror);
      properties.add(
          new PropertyModel(
              member, kind, name, label, propertyType, options,
              currencyCode == null || currencyCode.isEmpty() ? null : currencyCode));
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
      Member member, CardPropertyGem property, PropertyType propertyType, ValueKind kind, AnnotationValue typePosition) {
    Element element = member.element();
    AnnotationMirror mirror = property.mirror();
    List<StatusOptionGem> optionGems = property.options().get();
    if (propertyType != PropertyType.STATUS) {
      if (!optionGems.isEmpty()) {
        reporter.error(
            "options are for STATUS properties only; '" + member.javaName() + "' is " + propertyType
                + ". Remove options or use type = STATUS.",
            element, mirror, property.options().getAnnotationValue());
      }
      return List.of();
    }
    if (optionGems.isEmpty()) {
      reporter.error(
          "STATUS property '" + member.javaName() + "' needs options: HubSpot shows a value by the "
              + "label and colour of the option with that name. Add options = "
              + "@StatusOption(name = \"...\", label = \"...\", type = StatusType.SUCCESS).",
          element, mirror, typePosition);
      return List.of();
    }
    List<StatusOptionModel> options = new ArrayList<>();
    Set<String> optionNames = new LinkedHashSet<>();
    for (StatusOptionGem option : optionGems) {
      if (option == null) {
        continue; // javac reports what it could not resolve
      }
      AnnotationValue nameValue = option.name().getAnnotationValue();
      String name = option.name().get();
      if (name.isBlank()) {
        reporter.error("@StatusOption name must not be blank: objects send it as the value.", element, option.mirror(), nameValue);
      } else if (!optionNames.add(name)) {
        reporter.error(
            "@StatusOption name \"" + name + "\" appears twice in '" + member.javaName() + "'; option names must be unique.",
            element, option.mirror(), nameValue);
      }
      String label = option.label().get();
      if (!OptionLabels.nameShownInstead(label) && !OptionLabels.showsText(label)) {
        reporter.error(
            "@StatusOption label of \"" + name + "\" must not be blank: it is the text of the option's tag in the"
                + " card. Give it text, or leave label out to show \"" + name + "\".",
            element, option.mirror(), option.label().getAnnotationValue());
      }
      StatusType statusType = enums.read(option.type(), StatusType.class, element, option.mirror());
      options.add(new StatusOptionModel(name, OptionLabels.nameShownInstead(label) ? name : label, statusType));
    }
    if (kind == ValueKind.ENUM) {
      checkEnumMatches(member, property, optionNames);
    }
    return List.copyOf(options);
  }

  /** An enum STATUS member sends its constant names, so they must be exactly the option names. */
  private void checkEnumMatches(Member member, CardPropertyGem property, Set<String> optionNames) {
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
    reporter.error(message.toString(), member.element(), property.mirror(), property.options().getAnnotationValue());
  }
}

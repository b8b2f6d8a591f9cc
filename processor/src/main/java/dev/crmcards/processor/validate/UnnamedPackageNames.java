package dev.crmcards.processor.validate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.ChartModel;
import dev.crmcards.processor.model.InputModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.StatisticModel;
import dev.crmcards.processor.model.SummaryModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A card in the unnamed package gets its generated class there too, and inside that class its
 * nested types ({@code Handler}, the definition holder, each form's reader) hide any class of the
 * unnamed package with the same simple name: such a class cannot be written qualified there. In a
 * named package the generated code qualifies it; here the card must not use one.
 */
public final class UnnamedPackageNames {
  private UnnamedPackageNames() {}

  /** Reports each class of the unnamed package the generated class would mean but not reach. */
  public static boolean check(CardModel card, Reporter reporter) {
    if (!card.generatedClass().packageName().isEmpty()) {
      return true;
    }
    Set<String> nested = new TreeSet<>(List.of(CardModel.HANDLER, CardModel.DEFINITION_HOLDER));
    for (ActionModel action : card.actions()) {
      if (action.form() != null) {
        nested.add(ActionModel.formReaderName(action.id()));
      }
    }
    Set<String> hidden = new TreeSet<>();
    for (TypeName used : typesUsed(card)) {
      collectUnnamedPackageClasses(used, hidden);
    }
    hidden.retainAll(nested);
    for (String name : hidden) {
      reporter.error(
          "@CrmCard " + card.cardClass().simpleName() + " is in the unnamed package and uses the class " + name
              + ", but the generated " + card.generatedClass().simpleName() + " has a nested " + name
              + " of its own that hides it there. Move the card's classes into a package (recommended), or"
              + " rename " + name + ".",
          card.element());
    }
    return hidden.isEmpty();
  }

  /** Every type the generated class may name: the card, its members' types, summary and forms. */
  private static List<TypeName> typesUsed(CardModel card) {
    List<TypeName> types = new ArrayList<>();
    types.add(card.cardClass());
    List<Member> members = new ArrayList<>(
        Arrays.asList(card.idMember(), card.titleMember(), card.linkMember(), card.extraPropertiesMember()));
    for (PropertyModel property : card.properties()) {
      members.add(property.member());
    }
    for (ActionModel action : card.actions()) {
      members.add(action.when());
      if (action.isHook()) {
        // A hook's placeholders are typed parameters of its Handler method; an IFRAME's are only read.
        members.addAll(action.placeholderMembers());
      }
      if (action.form() != null) {
        types.add(action.form().formClass());
        for (InputModel input : action.form().inputs()) {
          types.add(input.javaType());
          if (input.enumType() != null) {
            types.add(input.enumType());
          }
        }
      }
    }
    SummaryModel summary = card.view() == null ? null : card.view().summary();
    if (summary != null) {
      types.add(summary.type());
      for (StatisticModel statistic : summary.statistics()) {
        members.add(statistic.member());
      }
      for (ChartModel chart : summary.charts()) {
        types.add(chart.pointType());
        members.addAll(List.of(chart.member(), chart.x(), chart.y()));
      }
    }
    for (Member member : members) {
      if (member != null) {
        types.add(TypeName.get(member.type()));
      }
    }
    return types;
  }

  private static void collectUnnamedPackageClasses(TypeName type, Set<String> into) {
    if (type instanceof ClassName c) {
      if (c.packageName().isEmpty()) {
        into.add(c.topLevelClassName().simpleName());
      }
    } else if (type instanceof ParameterizedTypeName p) {
      collectUnnamedPackageClasses(p.rawType(), into);
      p.typeArguments().forEach(argument -> collectUnnamedPackageClasses(argument, into));
    } else if (type instanceof ArrayTypeName a) {
      collectUnnamedPackageClasses(a.componentType(), into);
    } else if (type instanceof WildcardTypeName w) {
      w.upperBounds().forEach(bound -> collectUnnamedPackageClasses(bound, into));
      w.lowerBounds().forEach(bound -> collectUnnamedPackageClasses(bound, into));
    }
  }
}

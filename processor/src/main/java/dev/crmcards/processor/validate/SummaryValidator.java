package dev.crmcards.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.crmcards.Chart;
import dev.crmcards.ChartType;
import dev.crmcards.PropertyType;
import dev.crmcards.Statistic;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.ChartModel;
import dev.crmcards.processor.model.InputModel.OptionModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.StatisticModel;
import dev.crmcards.processor.model.SummaryModel;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.ChartGem;
import dev.crmcards.processor.read.MemberScanner;
import dev.crmcards.processor.read.Unreadable;
import dev.crmcards.processor.read.StatisticGem;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.CurrencyCodes;
import dev.crmcards.rules.JavaType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.mapstruct.tools.gem.GemValue;

/**
 * Checks a card's summary class ({@code CrmCard.summary}): a class or record the generated code
 * can reach, with at least one {@code @Statistic} or {@code @Chart} member, each of a type the
 * rules accept ({@link CardViews#STATISTIC_JAVA_TYPES}, {@link CardViews#CHART_X_JAVA_TYPES},
 * {@link CardViews#CHART_Y_JAVA_TYPES}).
 */
final class SummaryValidator {
  /** What a summary class and a chart's point type may be. */
  private static final Set<ElementKind> CLASSES = EnumSet.of(ElementKind.CLASS, ElementKind.RECORD);

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode");

  /** The packages of the JDK's own classes, which are never a chart's points. */
  private static final List<String> JDK_PACKAGES = List.of("java.", "javax.");

  private final Reporter reporter;
  private final EnumAttributes enums;
  private final MemberScanner scanner;
  /**
   * The summaries whose members had errors, each with the package of the card it was checked for:
   * another card naming it fails without reporting them again. What the generated class can read
   * depends on its package, so a card in another package has the summary checked anew.
   */
  private final Set<String> brokenForPackage = new HashSet<>();

  SummaryValidator(Reporter reporter, EnumAttributes enums, MemberScanner scanner) {
    this.reporter = reporter;
    this.enums = enums;
    this.scanner = scanner;
  }

  /**
   * The summary's model; null after reporting why there is none, or when the summary's own errors
   * were reported for an earlier card of the same package.
   */
  SummaryModel validate(TypeElement card, AnnotationMirror crmCard, AnnotationValue position, TypeMirror summaryType) {
    if (summaryType.getKind() != TypeKind.DECLARED
        || !(((DeclaredType) summaryType).asElement() instanceof TypeElement summary)
        || !CLASSES.contains(summary.getKind())) {
      reporter.error(
          "summary must be a record or class whose members carry @Statistic or @Chart; " + summaryType
              + " is not one. Leave summary out for a card without one.",
          card, crmCard, position);
      return null;
    }
    if (!Access.reachable(summary, card)) {
      reporter.error(
          "summary " + summary.getSimpleName() + " is private, or package-private in another package, so "
              + "the generated " + card.getSimpleName() + "CrmCard cannot use it. Make it public, or move it "
              + "into the card's package" + (summary.getNestingKind() == NestingKind.MEMBER ? " (a static nested type)." : "."),
          card, crmCard, position);
      return null;
    }
    if (!summary.getTypeParameters().isEmpty()) {
      // The generated class names the summary raw, so its members would be read as type variables.
      reporter.error(
          "summary " + summary.getSimpleName() + " is generic ("
              + summary.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ", "<", ">"))
              + "); the card's summary needs types of its own. "
              + (summary.getKind() == ElementKind.RECORD
                  ? "Declare the record without type parameters."
                  : "Name a class without type parameters, e.g. one that extends " + summary.getSimpleName()
                      + " with its type arguments given."),
          card, crmCard, position);
      return null;
    }
    String checkedFor = summary.getQualifiedName() + " from " + Access.packageOf(card).getQualifiedName();
    if (brokenForPackage.contains(checkedFor)) {
      return null;
    }
    List<StatisticModel> statistics = new ArrayList<>();
    List<ChartModel> charts = new ArrayList<>();
    int errorsBefore = reporter.errorCount();
    Map<String, Member> keys = new HashMap<>();
    List<Member> members = scanner.scan(summary);
    RawSupertypes.check(summary, members, Annotations.ON_SUMMARY_MEMBERS, reporter);
    for (Element e : scanner.leftOut(summary, Annotations.ON_SUMMARY_MEMBERS)) {
      notRead(e);
    }
    for (Member member : members) {
      Optional<StatisticGem> statistic = Annotations.statistic(member.element());
      Optional<ChartGem> chart = Annotations.chart(member.element());
      if (statistic.isEmpty() && chart.isEmpty()) {
        continue;
      }
      if (!Access.readable(member, card)) {
        reporter.error(
            "'" + member.javaName() + "' is " + Access.whyUnreadable(member.element()) + ", so the generated "
                + card.getSimpleName() + "CrmCard cannot read it. Make it " + Access.fix(member.element(), card)
                + ", or annotate a getter instead.",
            member.element());
        continue;
      }
      Member sameKey = keys.putIfAbsent(member.propertyName(), member);
      if (sameKey != null) {
        reporter.error(
            "'" + member.javaName() + "' is the summary's '" + member.propertyName() + "', as '"
                + sameKey.javaName() + "' already is; the answer would carry it twice. Annotate one of them.",
            member.element());
        continue;
      }
      if (statistic.isPresent() && chart.isPresent()) {
        reporter.error(
            "'" + member.javaName() + "' has both @Statistic and @Chart; a member is a figure or a chart. "
                + "Remove one of them.",
            member.element(), chart.get().mirror());
        continue;
      }
      if (statistic.isPresent()) {
        statistic(member, statistic.get()).ifPresent(statistics::add);
      } else {
        chart(card, member, chart.get()).ifPresent(charts::add);
      }
    }
    if (reporter.errorCount() != errorsBefore) {
      brokenForPackage.add(checkedFor);
      return null;
    }
    if (statistics.isEmpty() && charts.isEmpty()) {
      reporter.error(
          "summary " + summary.getSimpleName() + " has no @Statistic or @Chart member, so the card would show "
              + "nothing above its objects. Annotate its members, e.g. @Statistic(label = \"Open orders\") "
              + "long open, or leave summary out.",
          card, crmCard, position);
      return null;
    }
    return new SummaryModel(TypeName.get(summaryType), List.copyOf(statistics), List.copyOf(charts));
  }

  /** A {@code @Statistic} or {@code @Chart} the generated code cannot read from the handler's summary. */
  private void notRead(Element member) {
    AnnotationMirror mirror =
        Annotations.find(member, Statistic.class).or(() -> Annotations.find(member, Chart.class)).orElseThrow();
    String annotation = "@" + mirror.getAnnotationType().asElement().getSimpleName();
    String name = member.getSimpleName().toString();
    Unreadable why = Unreadable.of(member).orElseThrow();
    if (why == Unreadable.STATIC) {
      reporter.error(
          annotation + " must be on an instance member: the card shows the values of the summary your handler "
              + "returns, and static '" + name + "' is none of them. Remove static from '" + name + "'.",
          member, mirror);
    } else {
      reporter.error(
          annotation + " on a method needs a no-arg method that returns the value; '" + name + "' "
              + (why == Unreadable.RETURNS_NOTHING ? "returns nothing" : "takes arguments")
              + ". Make it return the value without arguments, or annotate a field.",
          member, mirror);
    }
  }

  private Optional<StatisticModel> statistic(Member member, StatisticGem gem) {
    Element element = member.element();
    AnnotationMirror mirror = gem.mirror();
    String label = label(member, gem.label().get(), "@Statistic", mirror, gem.label().getAnnotationValue());
    PropertyType type = enums.read(gem.type(), PropertyType.class, element, mirror);
    if (type == null) {
      return Optional.empty();
    }
    AnnotationValue typePosition = gem.type().getAnnotationValue();
    if (!CardViews.STATISTIC_TYPES.contains(type.name())) {
      reporter.error(
          "@Statistic type " + type + " is not a figure's type; use " + String.join(" or ", CardViews.STATISTIC_TYPES)
              + ".",
          element, mirror, typePosition);
      return Optional.empty();
    }
    ValueKind kind = TypeRules.classify(member.type());
    List<JavaType> accepted = CardViews.STATISTIC_JAVA_TYPES.get(type.name());
    if (!accepts(accepted, kind)) {
      boolean numericWouldDo = CardViews.STATISTIC_JAVA_TYPES.get(PropertyType.NUMERIC.name()).contains(
          TypeRules.javaType(kind).orElse(null));
      reporter.error(
          "@Statistic '" + member.javaName() + "' has type " + member.type() + "; a " + type + " figure is "
              + display(accepted) + "."
              + (type == PropertyType.CURRENCY && numericWouldDo
                  ? " Make it a java.math.BigDecimal (an exact amount), or leave type out for a plain number."
                  : ""),
          element, mirror, typePosition);
    }
    String code = CurrencyCodeAttribute.read(reporter, gem.currencyCode(), type, "figures", member, mirror);
    if (code != null && code.isEmpty()) {
      reporter.error(
          "A CURRENCY @Statistic needs currencyCode, " + CurrencyCodes.EXPECTED + ", e.g. currencyCode = \"EUR\".",
          element, mirror, typePosition);
    }
    return Optional.of(
        new StatisticModel(
            member, kind, member.propertyName(), label, type.name(), code));
  }

  private Optional<ChartModel> chart(TypeElement card, Member member, ChartGem gem) {
    Element element = member.element();
    AnnotationMirror mirror = gem.mirror();
    String label = label(member, gem.label().get(), "@Chart", mirror, gem.label().getAnnotationValue());
    ChartType type = enums.read(gem.type(), ChartType.class, element, mirror);
    TypeElement point = pointType(member.type());
    if (point != null && !Access.reachable(point, card)) {
      reporter.error(
          "@Chart '" + member.javaName() + "' has points of type " + point.getSimpleName() + ", which is private, "
              + "or package-private in another package, so the generated code cannot use it. Make it public, or "
              + "move it into the card's package.",
          element, mirror);
      return Optional.empty();
    }
    if (point == null) {
      reporter.error(
          "@Chart '" + member.javaName() + "' has type " + member.type() + "; a chart is a java.util.List of "
              + "points, each a record or class whose members x and y name, e.g. List<MonthCount>.",
          element, mirror);
      return Optional.empty();
    }
    // A record's own toString() and hashCode() are members too, but never a point's value.
    List<Member> pointMembers =
        scanner.scan(point).stream().filter(m -> !OBJECT_METHODS.contains(m.javaName())).toList();
    boolean jdk = JDK_PACKAGES.stream().anyMatch(point.getQualifiedName().toString()::startsWith);
    boolean publicAxes =
        publicMember(pointMembers, gem.x().get()) && publicMember(pointMembers, gem.y().get());
    if (pointMembers.isEmpty() || (jdk && !publicAxes)) {
      // x and y would name a JDK class's internals, or nothing at all. A JDK class whose public
      // members they name (java.awt.Point's x and y) is a point like any other.
      reporter.error(
          "@Chart '" + member.javaName() + "' has points of type " + point.getQualifiedName()
              + (jdk ? ", a JDK class" : ", which has no members") + "; a point is a record or class of your own"
              + " whose members x and y name. Declare one, e.g. record MonthCount(String month, long orders), and"
              + " make '" + member.javaName() + "' a List of it.",
          element, mirror);
      return Optional.empty();
    }
    if (!point.getTypeParameters().isEmpty()) {
      // The writer reads x and y as the point class declares them, not as the list's argument fills them in.
      reporter.error(
          "@Chart '" + member.javaName() + "' has points of the generic type " + point.getSimpleName()
              + point.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ", "<", ">"))
              + "; a point's x and y need types of their own. Declare a point "
              + "without type parameters, e.g. record MonthCount(String month, long orders).",
          element, mirror);
      return Optional.empty();
    }
    Member x = axisMember(card, member, gem, "x", point, pointMembers);
    Member y = axisMember(card, member, gem, "y", point, pointMembers);
    String xType = null;
    ValueKind xKind = x == null ? null : TypeRules.classify(x.type());
    if (x != null) {
      xType = TypeRules.javaType(xKind).flatMap(CardViews::chartFieldType).orElse(null);
      if (xType == null) {
        reporter.error(
            "@Chart x names '" + x.javaName() + "' of " + point.getSimpleName() + ", which has type " + x.type()
                + "; x is a String or an enum (a category), a java.time.LocalDate or a number.",
            element, mirror, gem.x().getAnnotationValue());
      }
    }
    List<OptionModel> xLabels = List.of();
    if (xType != null && xKind == ValueKind.ENUM) {
      xLabels = categories(card, member, x, point, gem);
      if (xLabels == null) {
        xType = null;
      }
    }
    if (y != null && !accepts(CardViews.CHART_Y_JAVA_TYPES, TypeRules.classify(y.type()))) {
      reporter.error(
          "@Chart y names '" + y.javaName() + "' of " + point.getSimpleName() + ", which has type " + y.type()
              + "; y is the value of a point, a number (" + display(CardViews.CHART_Y_JAVA_TYPES) + ").",
          element, mirror, gem.y().getAnnotationValue());
      y = null;
    }
    if (x != null && y != null && x.propertyName().equals(y.propertyName())) {
      reporter.error(
          "@Chart x and y both name \"" + y.propertyName() + "\" of " + point.getSimpleName() + ", so each point"
              + " would carry \"" + y.propertyName() + "\" twice. Give y another member of " + point.getSimpleName()
              + ", the number each point stands for.",
          element, mirror, gem.y().getAnnotationValue());
      y = null;
    }
    if (type == null || x == null || xType == null || y == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ChartModel(
            member, member.propertyName(), label, type, TypeName.get(point.asType()), x,
            xKind, xType, xLabels, y, TypeRules.classify(y.type())));
  }

  /**
   * The category text of each constant of the enum that x names, as a form's option of it shows;
   * null after reporting an enum the generated writer cannot name or that has nothing to show.
   */
  private List<OptionModel> categories(TypeElement card, Member chart, Member x, TypeElement point, ChartGem gem) {
    TypeElement type = (TypeElement) ((DeclaredType) x.type()).asElement();
    String named = "@Chart x names '" + x.javaName() + "' of " + point.getSimpleName() + ", the enum " + type.getSimpleName();
    return EnumLabels.readable(
            type, card, reporter,
            named + ", which is private, or package-private in another package, so the generated code cannot name"
                + " its constants. Make it public, or move it into the card's package.",
            named + ", which has no constants, so no point could have a category. Add constants to "
                + type.getSimpleName() + ".",
            problem -> reporter.error(problem, chart.element(), gem.mirror(), gem.x().getAnnotationValue()))
        .orElse(null);
  }

  private String label(Member member, String label, String annotation, AnnotationMirror mirror, AnnotationValue position) {
    if (label.isBlank()) {
      reporter.error(
          annotation + " label of '" + member.javaName() + "' must not be blank: the card shows it "
              + (annotation.equals("@Chart") ? "as the chart's title" : "beside the figure") + ". Add label = \"...\".",
          member.element(), mirror, position);
    }
    return label;
  }

  /** {@code R} of a {@code List<R>} where R is a class or record; null for anything else. */
  private static TypeElement pointType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    if (!((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")
        || declared.getTypeArguments().size() != 1
        || declared.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
      return null;
    }
    Element point = ((DeclaredType) declared.getTypeArguments().get(0)).asElement();
    return point instanceof TypeElement t && CLASSES.contains(t.getKind()) ? t : null;
  }

  /** Whether {@code name} names a public member among {@code members}. */
  private static boolean publicMember(List<Member> members, String name) {
    return members.stream()
        .anyMatch(m -> (m.javaName().equals(name) || m.propertyName().equals(name))
            && m.element().getModifiers().contains(Modifier.PUBLIC));
  }

  /** The member of the point type that {@code x} or {@code y} names; null after reporting none. */
  private Member axisMember(
      TypeElement card, Member chart, ChartGem gem, String axis, TypeElement point, List<Member> members) {
    GemValue<String> written = axis.equals("x") ? gem.x() : gem.y();
    GemValue<String> otherWritten = axis.equals("x") ? gem.y() : gem.x();
    String name = written.get();
    AnnotationMirror mirror = gem.mirror();
    AnnotationValue position = written.getAnnotationValue();
    Map<String, Member> byName = CardValidator.byName(members);
    // A suggestion never names what the other axis names: following it would only lead to "x and y both name".
    Member otherAxis = byName.get(otherWritten.get());
    Predicate<Member> suggestible = m -> otherAxis == null || !m.propertyName().equals(otherAxis.propertyName());
    if (name.isBlank()) {
      // The example is a member the axis accepts: following it must not lead to the next error.
      Optional<String> example =
          members.stream().filter(suggestible).filter(m -> fitsAxis(axis, m)).map(Member::propertyName).findFirst();
      reporter.error(
          "@Chart '" + chart.javaName() + "' needs " + axis + ": the name of a member of " + point.getSimpleName()
              + example.map(e -> ", e.g. " + axis + " = \"" + e + "\".").orElse("."),
          chart.element(), mirror, position);
      return null;
    }
    Member found = byName.get(name);
    if (found != null && !Access.readable(found, card)) {
      reporter.error(
          "@Chart " + axis + " names '" + found.javaName() + "' of " + point.getSimpleName() + ", which is private, "
              + "or package-private in another package, so the generated code cannot read it. Make it "
              + "package-private or public, or name a getter.",
          chart.element(), mirror, position);
      return null;
    }
    if (found == null) {
      List<String> suggestions =
          byName.entrySet().stream().filter(e -> suggestible.test(e.getValue())).map(Map.Entry::getKey).toList();
      reporter.error(
          "@Chart " + axis + " = \"" + name + "\" names no member of " + point.getSimpleName() + "."
              + Names.didYouMean(name, suggestions)
              + " Its members: " + String.join(", ", members.stream().map(Member::propertyName).toList()) + ".",
          chart.element(), mirror, position);
    }
    return found;
  }

  /** Whether {@code member}'s type is one the {@code axis} ("x" or "y") accepts. */
  private static boolean fitsAxis(String axis, Member member) {
    ValueKind kind = TypeRules.classify(member.type());
    return axis.equals("x")
        ? TypeRules.javaType(kind).flatMap(CardViews::chartFieldType).isPresent()
        : accepts(CardViews.CHART_Y_JAVA_TYPES, kind);
  }

  private static boolean accepts(List<JavaType> accepted, ValueKind kind) {
    return TypeRules.javaType(kind).map(accepted::contains).orElse(false);
  }

  private static String display(List<JavaType> types) {
    List<String> names = types.stream().map(JavaType::display).toList();
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}

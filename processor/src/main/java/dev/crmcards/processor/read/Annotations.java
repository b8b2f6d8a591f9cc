package dev.crmcards.processor.read;

import dev.crmcards.Action;
import dev.crmcards.Actions;
import dev.crmcards.CardProperty;
import dev.crmcards.Chart;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmCardsGenerated;
import dev.crmcards.ExtraProperties;
import dev.crmcards.Input;
import dev.crmcards.Link;
import dev.crmcards.ObjectId;
import dev.crmcards.OptionLabel;
import dev.crmcards.Statistic;
import dev.crmcards.Title;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import org.mapstruct.tools.gem.GemValue;

/**
 * Finds our annotations on elements and reads what the gems leave to us: enum constants as the
 * annotations' own enums, and the source position of each element of an array attribute. Every
 * annotation is named by its class; the processor sees only mirrors of it, never an instance.
 */
public final class Annotations {
  private Annotations() {}

  /** The annotations on a card's members. */
  public static final List<Class<? extends Annotation>> ON_MEMBERS =
      List.of(ObjectId.class, Title.class, Link.class, CardProperty.class, ExtraProperties.class);

  /** The annotations on the members of a card's summary class. */
  public static final List<Class<? extends Annotation>> ON_SUMMARY_MEMBERS = List.of(Statistic.class, Chart.class);

  /**
   * Every annotation the processor claims: the card's, its members', its summary's members', and
   * the mark on its output.
   */
  public static final List<Class<? extends Annotation>> ALL =
      List.of(
          CrmCard.class, Action.class, Actions.class, ObjectId.class, Title.class, Link.class,
          CardProperty.class, ExtraProperties.class, Statistic.class, Chart.class, Input.class, OptionLabel.class,
          CrmCardsGenerated.class);

  /** The name javac knows {@code type} by, e.g. {@code dev.crmcards.CrmCard}. */
  public static String name(Class<? extends Annotation> type) {
    return type.getCanonicalName();
  }

  public static Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(name(type))) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean has(Element element, Class<? extends Annotation> type) {
    return find(element, type).isPresent();
  }

  /** Whether {@code element} carries any of {@code types}. */
  public static boolean hasAny(Element element, List<Class<? extends Annotation>> types) {
    return types.stream().anyMatch(type -> has(element, type));
  }

  /** The card's {@code @CrmCard}; only for elements known to carry it. */
  public static CrmCardGem crmCard(Element card) {
    return CrmCardGem.instanceOn(card);
  }

  public static Optional<CardPropertyGem> cardProperty(Element member) {
    return Optional.ofNullable(CardPropertyGem.instanceOn(member));
  }

  public static Optional<StatisticGem> statistic(Element member) {
    return Optional.ofNullable(StatisticGem.instanceOn(member));
  }

  public static Optional<ChartGem> chart(Element member) {
    return Optional.ofNullable(ChartGem.instanceOn(member));
  }

  public static Optional<InputGem> input(Element member) {
    return Optional.ofNullable(InputGem.instanceOn(member));
  }

  public static Optional<OptionLabelGem> optionLabel(Element constant) {
    return Optional.ofNullable(OptionLabelGem.instanceOn(constant));
  }

  /** The {@code @Action}s of a type, written once or repeated (in their container), in order. */
  public static List<ActionGem> actions(Element type) {
    List<ActionGem> actions = new ArrayList<>();
    ActionGem single = ActionGem.instanceOn(type);
    if (single != null) {
      actions.add(single);
    }
    ActionsGem repeated = ActionsGem.instanceOn(type);
    if (repeated != null && repeated.value().get() != null) {
      for (ActionGem action : repeated.value().get()) {
        if (action != null) {
          actions.add(action);
        }
      }
    }
    return actions;
  }

  /** Whether the source writes the attribute, even with a value javac could not resolve. */
  public static boolean written(GemValue<?> value) {
    return value.getAnnotationValue() != null;
  }

  /**
   * Whether the source writes a class attribute whose class javac could not resolve or reach (a
   * missing or private class): javac reports that itself, and hands the value over as an error
   * text, which a gem reads as the default class.
   */
  public static boolean unresolvedClass(GemValue<TypeMirror> value) {
    return written(value) && !(value.getAnnotationValue().getValue() instanceof TypeMirror);
  }

  /**
   * The constant of an enum attribute (the written one, else the default); empty when javac could
   * not resolve what is written, or when this processor's enum has no constant of that name.
   */
  public static <E extends Enum<E>> Optional<E> constant(GemValue<String> value, Class<E> type) {
    String name = value.get();
    if (name == null) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** One element of an array attribute: its value, and where the source writes it (null for a default). */
  public record Item<T>(T value, AnnotationValue position) {}

  /**
   * The elements of an array attribute, the written ones with their own source positions, else
   * the declared default's; a written element javac could not resolve has a null value.
   */
  public static <T> List<Item<T>> items(GemValue<List<T>> attribute) {
    List<T> values = attribute.get() == null ? List.of() : attribute.get();
    List<?> positions =
        attribute.getAnnotationValue() != null && attribute.getAnnotationValue().getValue() instanceof List<?> list
            ? list
            : List.of();
    List<Item<T>> items = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      items.add(new Item<>(values.get(i), i < positions.size() ? (AnnotationValue) positions.get(i) : null));
    }
    return items;
  }
}

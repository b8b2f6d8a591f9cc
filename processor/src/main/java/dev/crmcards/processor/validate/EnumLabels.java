package dev.crmcards.processor.validate;

import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.InputModel.OptionModel;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.OptionLabelGem;
import dev.crmcards.rules.FormInputs;
import dev.crmcards.rules.OptionLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The text each constant of an enum shows in the card, as a form's option and as a chart's
 * category: its {@code @OptionLabel}, else the words of its name ({@link FormInputs#optionLabel}).
 * One rule for both, so that a constant reads the same wherever the card shows it; and one check
 * that the generated code can read the enum at all.
 */
final class EnumLabels {
  private EnumLabels() {}

  /**
   * Each constant of {@code type} with its label, in declaration order; a constant whose
   * {@code @OptionLabel} is blank is reported and left out.
   */
  private static List<OptionModel> of(TypeElement type, Reporter reporter) {
    List<OptionModel> labels = new ArrayList<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String constant = e.getSimpleName().toString();
      Optional<OptionLabelGem> label = Annotations.optionLabel(e);
      if (label.isPresent() && (!OptionLabels.showsText(label.get().value().get()))) {
        reporter.error("@OptionLabel must not be blank: it is the constant's text in the card.",
            e, label.get().mirror(), label.get().value().getAnnotationValue());
        continue;
      }
      labels.add(new OptionModel(constant, label.map(l -> l.value().get()).orElse(FormInputs.optionLabel(constant))));
    }
    return List.copyOf(labels);
  }

  /**
   * The labels ({@link #of}) of an enum that {@code card}'s generated code reads; empty when that
   * code cannot name it or it has no constants. Each of the two is reported through {@code at}, in
   * the words of the use, where the use wants it; every problem is reported, so one compile names
   * them all.
   *
   * @param unreachable what the use says of an enum the generated code cannot name
   * @param empty what the use says of an enum without constants
   */
  static Optional<List<OptionModel>> readable(
      TypeElement type, TypeElement card, Reporter reporter, String unreachable, String empty, Consumer<String> at) {
    boolean reachable = Access.reachable(type, card);
    if (!reachable) {
      at.accept(unreachable);
    }
    boolean constants = type.getEnclosedElements().stream().anyMatch(e -> e.getKind() == ElementKind.ENUM_CONSTANT);
    if (!constants) {
      at.accept(empty);
    }
    List<OptionModel> labels = of(type, reporter);
    return reachable && constants ? Optional.of(labels) : Optional.empty();
  }
}

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
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The text each constant of an enum shows in the card, as a form's option and as a chart's
 * category: its {@code @OptionLabel}, else the words of its name ({@link FormInputs#optionLabel}).
 * One rule for both, so that a constant reads the same wherever the card shows it.
 */
final class EnumLabels {
  private EnumLabels() {}

  /**
   * Each constant of {@code type} with its label, in declaration order; a constant whose
   * {@code @OptionLabel} is blank is reported and left out.
   */
  static List<OptionModel> of(TypeElement type, Reporter reporter) {
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

  /** Whether {@code type} declares a constant: an enum without one has nothing to show. */
  static boolean hasConstants(TypeElement type) {
    return type.getEnclosedElements().stream().anyMatch(e -> e.getKind() == ElementKind.ENUM_CONSTANT);
  }
}

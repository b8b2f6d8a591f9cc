package dev.crmcards.processor.validate;

import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.read.Annotations;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import org.mapstruct.tools.gem.GemValue;

/** Reads enum attributes as the annotations' own enums, reporting a constant that cannot be one. */
final class EnumAttributes {
  private final Reporter reporter;

  EnumAttributes(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * The attribute's constant, or null after reporting why there is none: javac could not resolve
   * what is written (javac says so too; this names the choices), or the card was compiled against
   * annotations newer than this processor.
   */
  <E extends Enum<E>> E read(GemValue<String> value, Class<E> type, Element element, AnnotationMirror mirror) {
    E constant = Annotations.constant(value, type).orElse(null);
    if (constant != null) {
      return constant;
    }
    if (value.get() == null) {
      reporter.error(
          "Write one of the constants of " + type.getSimpleName() + " here: "
              + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".",
          element, mirror, value.getAnnotationValue());
    } else {
      reporter.error(
          type.getSimpleName() + "." + value.get() + " is unknown to this crmcards processor: use crmcards-processor"
              + " and crmcards-runtime of the same version.",
          element, mirror, value.getAnnotationValue());
    }
    return null;
  }
}

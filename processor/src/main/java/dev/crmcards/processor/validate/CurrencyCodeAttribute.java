package dev.crmcards.processor.validate;

import dev.crmcards.PropertyType;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.Member;
import dev.crmcards.rules.CurrencyCodes;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.mapstruct.tools.gem.GemValue;

/**
 * The {@code currencyCode} attribute of {@code @Statistic}, {@code @CardProperty} and {@code
 * @Input}: an ISO 4217 code, and on a CURRENCY value only. Each error points at the attribute.
 */
final class CurrencyCodeAttribute {
  private CurrencyCodeAttribute() {}

  /**
   * The code written for a value of {@code type}: as written ("" when left out) for CURRENCY, null
   * otherwise. Reports a code that is not ISO 4217, and one written on a value of another type.
   *
   * @param values what the annotation describes, in the plural, for the message: "figures"
   */
  static String read(
      Reporter reporter, GemValue<String> code, PropertyType type, String values, Member member,
      AnnotationMirror mirror) {
    AnnotationValue position = code.getAnnotationValue();
    if (type != PropertyType.CURRENCY) {
      if (position != null) {
        reporter.error(
            "currencyCode is for CURRENCY " + values + " only; '" + member.javaName() + "' is " + type
                + ". Remove currencyCode, or set type = PropertyType.CURRENCY.",
            member.element(), mirror, position);
      }
      return null;
    }
    if (!code.get().isEmpty()) {
      checkIso4217(reporter, code, member.element(), mirror);
    }
    return code.get();
  }

  /** Reports a written code that is not ISO 4217. */
  static void checkIso4217(Reporter reporter, GemValue<String> code, Element element, AnnotationMirror mirror) {
    if (!CurrencyCodes.isIso4217(code.get())) {
      reporter.error(
          "currencyCode \"" + code.get() + "\" is not " + CurrencyCodes.EXPECTED + ".",
          element, mirror, code.getAnnotationValue());
    }
  }
}

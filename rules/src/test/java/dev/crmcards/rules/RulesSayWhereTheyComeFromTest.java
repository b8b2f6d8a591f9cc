package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public rule names the clients it comes from. */
class RulesSayWhereTheyComeFromTest {
  private static final List<Class<?>> RULES =
      List.of(
          DataTypes.class, StatusTypes.class, ObjectTypes.class, ReservedKeys.class, Limits.class,
          ActionShapes.class, Urls.class, EmailAddresses.class, CurrencyCodes.class, ValueFormats.class,
          AppProjects.class, ProxyEnvelope.class, LocalDevelopment.class,
          RequestParameterNames.class, LegacyCardConverter.class,
          CardViews.class, FormInputs.class, CardTypes.class, CarriedNames.class,
          OptionLabels.class, PlainNumbers.class, TablePages.class);

  /** Helpers of a rule (for messages, or overloads of one that carries @From). */
  private static final List<String> HELPERS =
      List.of(
          "javaTypes", "accepting", "OBJECT_IN_ORDER", "IFRAME", "CONFIRMATION_ACTION_HOOK", "isUnderAnyBase",
          "origin", "notUnderBaseReason", "httpUrlProblem", "EXPECTED", "looksLikeSeconds", "isLoopback",
          "isPlainHttpOffThisMachine", "why", "suggestion");

  @Test
  void everyPublicRuleHasFrom() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : RULES) {
      Stream.concat(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()))
          .map(Member.class::cast)
          .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
          .filter(m -> !HELPERS.contains(m.getName()) && !isName(m))
          .filter(m -> from(m) == null)
          .forEach(m -> missing.add(type.getSimpleName() + "." + m.getName()));
    }
    assertThat(missing).isEmpty();
  }

  /** A constant that only names something, such as {@code DataTypes.DATE = "DATE"}. */
  private static boolean isName(Member m) {
    try {
      return m instanceof Field f && f.getType() == String.class && f.getName().equals(f.get(null));
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  private static From from(Member m) {
    return m instanceof Field f ? f.getAnnotation(From.class) : ((Method) m).getAnnotation(From.class);
  }
}

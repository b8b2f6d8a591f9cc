package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public rule names the clients it comes from. */
class RulesSayWhereTheyComeFromTest {
  /**
   * The public classes of this package that are not rules: the vocabulary of the rules themselves
   * (which client, where from, which Java type) and a quoting helper. Every other public class
   * here is a rule, found on the class path, so that a new one cannot be left unchecked.
   */
  private static final Set<Class<?>> NOT_RULES = Set.of(Client.class, From.class, JavaType.class, Quote.class);

  private static final List<Class<?>> RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(From.class.getPackageName())
          .stream()
          .filter(c -> c.getPackageName().equals(From.class.getPackageName()))
          .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
          .<Class<?>>map(JavaClass::reflect)
          .filter(c -> !NOT_RULES.contains(c))
          .sorted(Comparator.comparing(Class::getName))
          .toList();

  @Test
  void theRulesAreFound() {
    assertThat(RULES).contains(Limits.class, TablePages.class, PlainNumbers.class).hasSizeGreaterThan(15);
  }

  /** Helpers of a rule (for messages, or overloads of one that carries @From). */
  private static final List<String> HELPERS =
      List.of(
          "javaTypes", "accepting", "OBJECT_IN_ORDER", "IFRAME", "CONFIRMATION_ACTION_HOOK", "isUnderAnyBase",
          "origin", "notUnderBaseReason", "httpUrlProblem", "EXPECTED", "looksLikeSeconds", "isLoopback",
          "isPlainHttpOffThisMachine", "why", "suggestion", "shown");

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

package dev.crmcards.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.PropertyType;
import dev.crmcards.rules.JavaType;
import org.junit.jupiter.api.Test;

/** The processor's kinds of Java types and the rules' names for them stay one to one. */
class TypeRulesTest {
  @Test
  void everyKindButOtherHasTheRulesName() {
    for (ValueKind kind : ValueKind.values()) {
      assertWithMessage(kind.name()).that(TypeRules.javaType(kind).isPresent()).isEqualTo(kind != ValueKind.OTHER);
    }
    assertThat(ValueKind.values().length - 1).isEqualTo(JavaType.values().length);
  }

  @Test
  void acceptedIsWhatTheRulesSay() {
    assertThat(TypeRules.accepted(PropertyType.DATE)).containsExactly(ValueKind.LOCAL_DATE);
    assertThat(TypeRules.accepted(PropertyType.LINK)).containsExactly(ValueKind.STRING, ValueKind.URI);
    assertThat(TypeRules.accepted(PropertyType.CURRENCY))
        .containsExactly(
            ValueKind.BIG_DECIMAL, ValueKind.PRIMITIVE_LONG, ValueKind.BOXED_LONG, ValueKind.PRIMITIVE_DOUBLE,
            ValueKind.BOXED_DOUBLE);
    for (PropertyType type : PropertyType.values()) {
      assertWithMessage(type.name()).that(TypeRules.accepted(type)).isNotEmpty();
    }
    assertThat(TypeRules.propertyTypesAccepting(ValueKind.ENUM)).containsExactly("STATUS", "STRING").inOrder();
  }
}

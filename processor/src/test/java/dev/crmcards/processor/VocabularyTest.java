package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.crmcards.ActionType;
import dev.crmcards.CrmObjectType;
import dev.crmcards.HttpMethod;
import dev.crmcards.PropertyType;
import dev.crmcards.StatusType;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.ObjectTypes;
import dev.crmcards.rules.StatusTypes;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The enums users write are HubSpot's words: each constant's name is the one the rules know (they
 * go into definitions by name), and the rules know no word the enums lack.
 */
class VocabularyTest {

  @Test
  void theEnumsHoldExactlyTheRulesWords() {
    assertThat(names(ActionType.class)).containsExactlyElementsIn(ActionShapes.TYPES).inOrder();
    assertThat(names(HttpMethod.class)).containsExactlyElementsIn(ActionShapes.METHODS).inOrder();
    assertThat(names(StatusType.class)).containsExactlyElementsIn(StatusTypes.NAMES).inOrder();
    assertThat(names(PropertyType.class)).containsExactlyElementsIn(DataTypes.RENDERED);
  }

  @Test
  void theObjectTypesCarryTheRulesNames() {
    Map<String, String> requestNames = new LinkedHashMap<>();
    for (CrmObjectType type : CrmObjectType.values()) {
      requestNames.put(type.definitionName(), type.requestName());
      assertWithMessage(type.name()).that(type.definitionName()).isEqualTo(type.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(requestNames.keySet()).containsExactlyElementsIn(ObjectTypes.DEFINITION_NAMES).inOrder();
    assertThat(requestNames).containsExactlyEntriesIn(ObjectTypes.REQUEST_NAMES);
  }

  /**
   * Kept in class files: a card's inherited members may come compiled, and Gradle hands an
   * aggregating processor no other annotations.
   */
  @Test
  void everyAnnotationIsKeptInClassFiles() {
    for (Class<? extends Annotation> annotation : Annotations.ALL) {
      Retention retention = annotation.getAnnotation(Retention.class);
      assertWithMessage(annotation.getName()).that(retention).isNotNull();
      assertWithMessage(annotation.getName()).that(retention.value()).isNotEqualTo(RetentionPolicy.SOURCE);
    }
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}

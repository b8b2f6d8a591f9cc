package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.crmcards.processor.read.RuntimeApi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The processor reads the runtime by names (it cannot load its classes): every annotation,
 * attribute and enum constant it names in {@link RuntimeApi} must exist in the runtime, with the
 * type the processor reads it as, and the runtime must have nothing the processor does not know.
 */
class RuntimeApiContractTest {

  /** How the processor reads each attribute (its type in the runtime), by annotation. */
  private static final Map<Class<?>, Map<String, String>> ATTRIBUTE_TYPES =
      Map.of(
          RuntimeApi.CrmCard.class,
              Map.of(
                  "title", "String", "targetUrl", "String", "objectTypes", "ObjectType[]", "name", "String",
                  "actionBaseUrls", "String[]"),
          RuntimeApi.ObjectType.class, Map.of("value", "CrmObjectType", "propertiesToSend", "String[]"),
          RuntimeApi.Action.class,
              Map.ofEntries(
                  Map.entry("id", "String"),
                  Map.entry("type", "ActionType"),
                  Map.entry("label", "String"),
                  Map.entry("uri", "String"),
                  Map.entry("method", "HttpMethod"),
                  Map.entry("width", "int"),
                  Map.entry("height", "int"),
                  Map.entry("associatedObjectProperties", "String[]"),
                  Map.entry("confirmationMessage", "String"),
                  Map.entry("confirmButtonText", "String"),
                  Map.entry("cancelButtonText", "String"),
                  Map.entry("when", "String"),
                  Map.entry("placement", "ActionPlacement")),
          RuntimeApi.Actions.class, Map.of("value", "Action[]"),
          RuntimeApi.CardProperty.class,
              Map.of("name", "String", "label", "String", "type", "PropertyType", "options", "StatusOption[]"),
          RuntimeApi.StatusOption.class, Map.of("name", "String", "label", "String", "type", "StatusType"));

  @Test
  void everyAnnotationAndAttributeTheProcessorNamesIsInTheRuntime() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Class<?>, Map<String, String>> entry : ATTRIBUTE_TYPES.entrySet()) {
      Class<?> names = entry.getKey();
      Class<?> annotation = Class.forName(string(names, "ANNOTATION"));
      assertWithMessage(annotation.getName()).that(annotation.isAnnotation()).isTrue();
      Map<String, String> runtime = new TreeMap<>();
      for (Method m : annotation.getDeclaredMethods()) {
        runtime.put(m.getName(), m.getReturnType().getSimpleName());
      }
      Map<String, String> named = new TreeMap<>();
      for (String attribute : attributeConstants(names)) {
        named.put(attribute, entry.getValue().get(attribute));
      }
      if (!runtime.equals(named) || !named.equals(new TreeMap<>(entry.getValue()))) {
        wrong.add(annotation.getSimpleName() + ": the runtime has " + runtime + ", the processor reads " + named);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theMarkerAnnotationsAndThePropertyTypeExist() throws Exception {
    for (String name : constants(RuntimeApi.Markers.class)) {
      assertWithMessage(name).that(Class.forName(name).isAnnotation()).isTrue();
    }
    assertThat(Class.forName(RuntimeApi.PROPERTY).getSimpleName()).isEqualTo("Property");
    assertThat(Class.forName(RuntimeApi.CrmCard.ANNOTATION).getPackageName() + ".")
        .isEqualTo(RuntimeApi.Action.ANNOTATION.substring(0, RuntimeApi.Action.ANNOTATION.lastIndexOf('.') + 1));
  }

  @Test
  void theClassesGeneratedCodeCallsHaveTheMethodsItCalls() throws Exception {
    Class<?> actionJson = Class.forName(RuntimeApi.GeneratedCode.ACTION_JSON);
    Class<?> httpMethod = Class.forName(RuntimeApi.HttpMethod.ENUM);
    List<Method> encoders =
        List.of(
            actionJson.getMethod("iframe", String.class, int.class, int.class, List.class, String[].class),
            actionJson.getMethod("actionHook", String.class, httpMethod, List.class, String[].class),
            actionJson.getMethod(
                "confirmationActionHook",
                String.class, httpMethod, String.class, String.class, String.class, List.class, String[].class));
    for (Method m : encoders) {
      assertWithMessage(m.toString()).that(Modifier.isStatic(m.getModifiers())).isTrue();
      assertWithMessage(m.toString()).that(m.getReturnType()).isEqualTo(byte[][].class);
    }
    Method read =
        Class.forName(RuntimeApi.GeneratedCode.DEFINITION_RESOURCE).getMethod("read", Class.class, String.class);
    assertThat(Modifier.isStatic(read.getModifiers())).isTrue();
    assertThat(read.getReturnType()).isEqualTo(String.class);
  }

  @Test
  void everyEnumConstantMatchesBothWays() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Class<?> names :
        List.of(
            RuntimeApi.ActionType.class,
            RuntimeApi.ActionPlacement.class,
            RuntimeApi.PropertyType.class,
            RuntimeApi.StatusType.class,
            RuntimeApi.HttpMethod.class,
            RuntimeApi.CrmObjectType.class)) {
      Class<?> type = Class.forName(string(names, "ENUM"));
      Set<String> runtime = new TreeSet<>();
      for (Object constant : type.getEnumConstants()) {
        runtime.add(((Enum<?>) constant).name());
      }
      @SuppressWarnings("unchecked")
      Set<String> known = new TreeSet<>((List<String>) names.getField("CONSTANTS").get(null));
      if (!runtime.equals(known)) {
        wrong.add(type.getSimpleName() + ": the runtime has " + runtime + ", the processor knows " + known);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theNamedEnumConstantsAreAmongTheEnumsConstants() throws Exception {
    assertThat(RuntimeApi.ActionType.CONSTANTS)
        .containsAtLeastElementsIn(attributeConstants(RuntimeApi.ActionType.class));
    assertThat(RuntimeApi.ActionPlacement.CONSTANTS)
        .containsExactlyElementsIn(attributeConstants(RuntimeApi.ActionPlacement.class));
    assertThat(RuntimeApi.PropertyType.CONSTANTS)
        .containsAtLeastElementsIn(attributeConstants(RuntimeApi.PropertyType.class));
  }

  @Test
  void theAnnotationsAreKeptInClassFiles() throws Exception {
    for (Class<?> names : ATTRIBUTE_TYPES.keySet()) {
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> annotation = (Class<? extends Annotation>) Class.forName(string(names, "ANNOTATION"));
      java.lang.annotation.Retention retention = annotation.getAnnotation(java.lang.annotation.Retention.class);
      assertWithMessage(annotation.getName()).that(retention).isNotNull();
      assertThat(retention.value()).isNotEqualTo(java.lang.annotation.RetentionPolicy.SOURCE);
    }
  }

  /** The String constants of a names class other than the type's own name. */
  private static List<String> attributeConstants(Class<?> names) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field f : names.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
          && !Set.of("ANNOTATION", "ENUM").contains(f.getName())) {
        values.add((String) f.get(null));
      }
    }
    return values;
  }

  private static List<String> constants(Class<?> names) throws IllegalAccessException {
    return Arrays.stream(names.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(f -> {
          try {
            return (String) f.get(null);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  private static String string(Class<?> names, String field) throws ReflectiveOperationException {
    return (String) names.getField(field).get(null);
  }
}

package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.ClassName;
import dev.crmcards.HttpMethod;
import dev.crmcards.json.ActionJson;
import dev.crmcards.json.DefinitionResource;
import dev.crmcards.json.ResultLimit;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor names the runtime's types in {@link RuntimeTypes} (the runtime is not on its
 * path); here, with the runtime on the test class path, each name must be the real class, and the
 * static methods generated code calls on them must be there with the parameters it passes. (The
 * JsonOutput methods are checked beside their list, in {@code JsonWriteTest}; the generated code
 * as a whole compiles against the runtime in {@code GoldenSourceTest} and the writer tests.)
 */
class RuntimeTypesTest {

  @Test
  void everyNameIsARuntimeClass() throws ClassNotFoundException {
    for (ClassName name : RuntimeTypes.ALL) {
      Class<?> type = Class.forName(name.reflectionName());
      assertWithMessage(name.toString()).that(Modifier.isPublic(type.getModifiers())).isTrue();
    }
  }

  @Test
  void theStaticMethodsGeneratedCodeCallsAreThere() throws NoSuchMethodException {
    List<Method> calls =
        List.of(
            ActionJson.class.getMethod("iframe", String.class, int.class, int.class, List.class, String[].class),
            ActionJson.class.getMethod("actionHook", String.class, HttpMethod.class, List.class, String[].class),
            ActionJson.class.getMethod(
                "confirmationActionHook",
                String.class, HttpMethod.class, String.class, String.class, String.class, List.class, String[].class),
            DefinitionResource.class.getMethod("read", Class.class, String.class),
            ResultLimit.class.getMethod("limit", String.class, int.class));
    for (Method m : calls) {
      assertWithMessage(m.toString()).that(Modifier.isStatic(m.getModifiers())).isTrue();
    }
    assertThat(calls.get(0).getReturnType()).isEqualTo(byte[][].class);
    assertThat(calls.get(3).getReturnType()).isEqualTo(String.class);
  }
}

package dev.crmcards.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.crmcards.CardAction;
import dev.crmcards.Property;
import dev.crmcards.json.JsonOutput;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every JsonOutput call the generated writers make is a public method of the runtime's JsonOutput. */
class JsonWriteTest {

  @Test
  void everyCallIsAJsonOutputMethodWithTheseParameters() throws NoSuchMethodException {
    for (JsonWrite write : JsonWrite.values()) {
      Method method = JsonOutput.class.getMethod(write.method, write.parameters.toArray(new Class<?>[0]));
      assertWithMessage(write + " is " + method)
          .that(Modifier.isStatic(method.getModifiers()))
          .isEqualTo(write.isStatic);
    }
  }

  @Test
  void theResponsePartsWriteThemselvesIntoAJsonOutput() throws NoSuchMethodException {
    for (Class<?> part : List.of(CardAction.class, Property.class)) {
      Method writeTo = part.getMethod(JsonWrite.WRITE_PART, JsonOutput.class);
      assertWithMessage(writeTo.toString()).that(Modifier.isStatic(writeTo.getModifiers())).isFalse();
    }
  }

  @Test
  void aCallIsJavaCode() {
    assertWithMessage("raw").that(JsonWrite.RAW.call("KEY").toString()).isEqualTo("json.raw(KEY)");
    assertWithMessage("utf8")
        .that(JsonWrite.UTF8.call("\"a\"").toString())
        .isEqualTo("dev.crmcards.json.JsonOutput.utf8(\"a\")");
  }
}

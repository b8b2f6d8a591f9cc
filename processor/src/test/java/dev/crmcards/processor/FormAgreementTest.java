package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.crmcards.form.InvalidFormException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The server's half of the agreement test: the form declared once in the shared cases (the card
 * UI's {@code test/form-agreement.json}) is compiled with the processor; the view file must give
 * the card exactly the inputs the cases name, and the generated reader must find, in every body,
 * exactly the field errors the card's checker finds (card-ui's formAgreement test runs the same
 * file).
 */
class FormAgreementTest {
  private static final Path CASES = Path.of("..", "card-ui", "test", "form-agreement.json");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonNode agreement;
  private static Compilation compilation;
  private static Method read;

  @BeforeAll
  static void compileTheForm() throws Exception {
    agreement = JSON.readTree(CASES.toFile());
    JsonNode form = agreement.get("form");
    JavaFileObject record = JavaFileObjects.forSourceString(form.get("class").asText(), form.get("source").asText());
    JavaFileObject card =
        JavaFileObjects.forSourceLines(
            "agreement.AgreementCard",
            "package agreement;",
            "import dev.crmcards.*;",
            "@CrmCard(title = \"Agreement\", targetUrl = \"https://cards.example.com/agreement\",",
            "         objectTypes = @ObjectType(CrmObjectType.CONTACTS))",
            "@Action(id = \"everything\", type = ActionType.FORM, label = \"Everything\", form = Everything.class,",
            "        uri = \"https://cards.example.com/agreement\", placement = ActionPlacement.PRIMARY)",
            "record AgreementCard(@ObjectId long id, @Title String title, @CardProperty(label = \"Note\") String note) {}");
    compilation = Cards.compile(record, card);
    assertThat(compilation).succeeded();
    Class<?> reader =
        new GeneratedClassLoader(compilation).loadClass("agreement.AgreementCardCrmCard$EverythingFormReader");
    // The reader is the generated card's own; the test reaches it as the card's route does.
    read = reader.getDeclaredMethod("read", byte[].class);
    read.setAccessible(true);
  }

  @Test
  void theViewFileGivesTheCardTheInputsOfTheCases() throws Exception {
    String view =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/views/agreement-card.json")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(JSON.readTree(view).at("/forms/everything/inputs")).isEqualTo(agreement.at("/form/inputs"));
  }

  @TestFactory
  Stream<DynamicTest> theServerJudgesEveryCaseAsTheCardDoes() {
    return StreamSupport.stream(agreement.get("cases").spliterator(), false)
        .map(c -> dynamicTest(c.get("name").asText(), () -> {
          Map<String, String> expected = new LinkedHashMap<>();
          c.get("errors").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
          assertThat(errorsOf(JSON.writeValueAsBytes(sent(c.get("body"))))).isEqualTo(expected);
        }));
  }

  /**
   * The body as sent: a member written {"$repeat": text, "times": n} is the text n times, one
   * written {"$number": text} the JSON number of exactly that text.
   */
  private static JsonNode sent(JsonNode body) {
    ObjectNode sent = body.deepCopy();
    body.fields().forEachRemaining(member -> {
      JsonNode value = member.getValue();
      if (value.has("$repeat")) {
        sent.put(member.getKey(), value.get("$repeat").asText().repeat(value.get("times").asInt()));
      } else if (value.has("$number")) {
        sent.putRawValue(member.getKey(), new RawValue(value.get("$number").asText()));
      }
    });
    return sent;
  }

  /** The field errors the generated reader finds in a body; none when it reads the record. */
  private static Map<String, String> errorsOf(byte[] body) throws Exception {
    try {
      assertThat(read.invoke(null, (Object) body)).isNotNull();
      return Map.of();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidFormException invalid) {
        return invalid.errors();
      }
      throw e;
    }
  }
}

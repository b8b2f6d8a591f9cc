package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.crmcards.CardResponse;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's text that Java source holds with care: {@code *}{@code /} in a title (the end of a
 * comment), a line separator in a label and a pattern (a line break to JavaPoet), and characters
 * outside ASCII (a {@code ?} in a build whose {@code -encoding} cannot hold them).
 */
class GeneratedTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String LABEL = "Pay in \u20ac\u2028now";

  @Test
  void reachesTheAnswerAsWrittenAndTheGeneratedClassIsAscii() throws Exception {
    JavaFileObject form =
        JavaFileObjects.forSourceLines(
            "texts.Note",
            "package texts;",
            "import dev.crmcards.Input;",
            "public record Note(@Input(label = \"Line\", pattern = \"[^\\n\\u2028\\u2029]*\") String line) {}");
    JavaFileObject card =
        JavaFileObjects.forSourceLines(
            "texts.FileCard",
            "package texts;",
            "import dev.crmcards.*;",
            "@CrmCard(title = \"Files (*/*) in C:\\\\users\", targetUrl = \"https://t.example.com/files\",",
            "         objectTypes = @ObjectType(CrmObjectType.CONTACTS))",
            "@Action(id = \"pay\", type = ActionType.ACTION_HOOK, label = \"Pay in \\u20ac\\u2028now\",",
            "        uri = \"https://t.example.com/files/{id}/pay\")",
            "@Action(id = \"note\", type = ActionType.FORM, label = \"Note \\u00e0 la ligne\", form = Note.class,",
            "        uri = \"https://t.example.com/files/{id}/note\")",
            "public record FileCard(@ObjectId long id, @Title String title, @CardProperty(label = \"Size\") String size) {}");
    Compilation compilation = Cards.compile(List.of("-encoding", "ISO-8859-1"), form, card);
    assertThat(compilation).succeeded();

    String source =
        Cards.sourceOf(compilation, "texts.FileCardCrmCard");
    assertThat(source.lines().filter(line -> line.chars().anyMatch(c -> c >= 0x80)).toList()).isEmpty();
    assertThat(source).contains("The HubSpot CRM card \"Files (*&#47;*) in C:&#92;users\"");

    ClassLoader loader = new GeneratedClassLoader(compilation);
    Constructor<?> fileCard = loader.loadClass("texts.FileCard").getConstructor(long.class, String.class, String.class);
    Method toJson = loader.loadClass("texts.FileCardCrmCard").getMethod("toJson", CardResponse.class);
    JsonNode answer = JSON.readTree((String) toJson.invoke(null, CardResponse.of(List.of(fileCard.newInstance(7L, "a", "1 KB")))));
    assertThat(answer.at("/results/0/actions/0/label").asText()).isEqualTo(LABEL);
    assertThat(answer.at("/results/0/actions/1/label").asText()).isEqualTo("Note \u00e0 la ligne");
  }
}

package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types of the card's package named like the {@code java.lang} types the generated class uses. */
class GeneratedNamesTest {

  @Test
  void typesOfTheCardsPackageNamedLikeJavaLangOnesHideNothingFromTheGeneratedClass() throws Exception {
    Compilation compilation =
        Cards.compile(
            List.of(),
            JavaFileObjects.forSourceLines("names.Class", "package names;", "public record Class(String name) {}"),
            JavaFileObjects.forSourceLines("names.Override", "package names;", "public @interface Override {}"),
            JavaFileObjects.forSourceLines(
                "names.Exception", "package names;", "public class Exception extends RuntimeException {}"),
            JavaFileObjects.forSourceLines(
                "names.Bug",
                "package names;",
                "import dev.crmcards.*;",
                "@CrmCard(title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\",",
                "         objectTypes = @ObjectType(CrmObjectType.CONTACTS))",
                "@Action(id = \"resolve\", type = ActionType.ACTION_HOOK, label = \"Resolve\",",
                "        uri = \"https://bugs.example.com/bugs/{id}/resolve\")",
                "public record Bug(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p) {}"));
    assertThat(compilation).succeeded();
    String source =
        Cards.sourceOf(compilation, "names.BugCrmCard");
    // The handler may still throw any checked exception, as on any other card.
    assertThat(source).contains("throws java.lang.Exception");
    assertThat(source).doesNotContain(" Exception;");
  }

  @Test
  void aPlaceholderNamesTheRecordComponentBeforeAGetterOfTheSameProperty() throws Exception {
    Compilation compilation =
        Cards.compile(
            List.of(),
            JavaFileObjects.forSourceLines(
                "names.Deal",
                "package names;",
                "import dev.crmcards.*;",
                "@CrmCard(title = \"Deals\", targetUrl = \"https://deals.example.com/fetch\",",
                "         objectTypes = @ObjectType(CrmObjectType.DEALS))",
                "@Action(id = \"open\", type = ActionType.IFRAME, label = \"Open\",",
                "        uri = \"https://deals.example.com/deals/{name}\")",
                "public record Deal(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String name) {",
                "  public String getName() { return \"not the component\"; }",
                "}"));
    assertThat(compilation).succeeded();
    String source =
        Cards.sourceOf(compilation, "names.DealCrmCard");
    assertThat(source).doesNotContain("getName()");
  }
}

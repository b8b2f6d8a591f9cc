package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How errors reach the user: the processor's own message for a missing attribute, nothing but the
 * card's own errors (the card class is still there for code using it), in source order; and the
 * processor keeps its hands off annotations that are not its own.
 */
class ErrorReportingTest {

  /** Code using every public member of the generated class, as a user's server does. */
  private static final JavaFileObject USER_CODE =
      source("Bugs",
          "final class Bugs implements BugCrmCard.Handler {",
          "  @Override public CardResponse<Bug> fetch(FetchRequest request) { return CardResponse.of(List.of()); }",
          "  @Override public ActionResult resolve(ActionRequest request, long id) { return ActionResult.ok(\"ok\"); }",
          "  static Object uses(Bugs bugs) throws Exception {",
          "    String all = BugCrmCard.NAME + BugCrmCard.DEFINITION_RESOURCE + BugCrmCard.definitionJson()",
          "        + BugCrmCard.toJson(CardResponse.of(List.of()));",
          "    BugCrmCard.writeJson(CardResponse.of(List.of()), new java.io.ByteArrayOutputStream());",
          "    BugCrmCard.write(CardResponse.of(List.of()), new dev.crmcards.json.JsonOutput(64));",
          "    dev.crmcards.core.CardRoutes routes = BugCrmCard.routes(bugs);",
          "    jakarta.servlet.http.HttpServlet servlet =",
          "        BugCrmCard.servlet(bugs, dev.crmcards.servlet.CardSettings.builder().clientSecret(\"s\").build());",
          "    return all + routes + servlet;",
          "  }",
          "}");

  private static JavaFileObject bug(String crmCard, String propertyLabel) {
    return source("Bug",
        crmCard,
        "@Action(id = \"edit\", type = IFRAME, label = \"Edit\", uri = \"https://bugs.example.com/ui/{id}\")",
        "@Action(id = \"resolve\", type = ACTION_HOOK, label = \"Resolve\",",
        "        uri = \"https://bugs.example.com/hubspot/bugs/{id}/resolve\")",
        "record Bug(@ObjectId long id, @Title String title,",
        "    @CardProperty(" + propertyLabel + ") String project) {}");
  }

  private static final String GOOD_HEADER =
      "@CrmCard(title = \"Bugs\", targetUrl = \"https://bugs.example.com/hubspot/bugs\", objectTypes = @ObjectType(CONTACTS))";

  @Test
  void theUserCodeCompilesAgainstTheRealCardClass() {
    Compilation c = compile(bug(GOOD_HEADER, "label = \"Project\""), USER_CODE);
    assertThat(c).succeeded();
  }

  @Test
  void aMissingTargetUrlIsTheProcessorsOwnErrorAndTheOnlyOne() {
    JavaFileObject card = bug("@CrmCard(title = \"Bugs\", objectTypes = @ObjectType(CONTACTS))", "label = \"Project\"");
    Compilation c = compile(card, USER_CODE);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[crmcards] @CrmCard needs targetUrl: the URL HubSpot sends the signed data fetch to, "
                + "e.g. targetUrl = \"https://cards.example.com/hubspot/bugs\".")
        .inFile(card).onLineContaining("@CrmCard(");
  }

  @Test
  void everyRequiredAttributeMissingIsNamedOnItsAnnotation() {
    JavaFileObject card = source("Bug",
        "@CrmCard(name = \"bugs\")",
        "@Action(type = ACTION_HOOK)",
        "record Bug(@ObjectId long id, @Title String title,",
        "    @CardProperty(type = STATUS, options = @StatusOption(label = \"High\")) String priority) {}");
    Compilation c = compile(card);
    assertThat(c).hadErrorCount(8);
    for (String attribute : List.of("title", "targetUrl", "objectTypes")) {
      assertThat(c).hadErrorContaining("@CrmCard needs " + attribute + ":").inFile(card).onLineContaining("@CrmCard(");
    }
    for (String attribute : List.of("id", "label", "uri")) {
      assertThat(c).hadErrorContaining("@Action needs " + attribute + ":").inFile(card).onLineContaining("@Action(");
    }
    assertThat(c).hadErrorContaining("@CardProperty needs label:").inFile(card).onLineContaining("@CardProperty(");
    assertThat(c).hadErrorContaining("@StatusOption needs name:").inFile(card).onLineContaining("@CardProperty(");
  }

  @Test
  void aCardWithErrorsStillHasItsClassSoItsUsesAddNoErrors() {
    JavaFileObject card = bug(GOOD_HEADER.replace("title = \"Bugs\"", "title = \"\""), "label = \"Project\"");
    Compilation c = compile(card, USER_CODE);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("@CrmCard title must not be blank").inFile(card).onLineContaining("title = \"\"");
  }

  @Test
  void errorsComeInSourceOrder() {
    // The rules check properties before actions; the action comes first in the file.
    JavaFileObject card = source("Bug",
        GOOD_HEADER.replace("title = \"Bugs\"", "title = \"\""),
        "@Action(id = \"resolve\", type = ACTION_HOOK, label = \"\", uri = \"https://bugs.example.com/{id}\")",
        "@Action(id = \"reopen\", type = ACTION_HOOK, label = \"Reopen\", uri = \"https://bugs.example.com/{idd}\")",
        "record Bug(@ObjectId long id, @Title String title,",
        "    @CardProperty(label = \"\") String project,",
        "    @CardProperty(label = \"Created\", type = DATE) String created) {}");
    Compilation c = compile(card);
    List<Long> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      lines.add(d.getLineNumber());
    }
    assertThat(lines.size()).isAtLeast(5);
    assertThat(lines).isInOrder();
    assertThat(lines.get(0)).isLessThan(lines.get(lines.size() - 1));
  }

  @Test
  void theJdksGeneratedAnnotationIsLeftToOtherProcessors() {
    List<String> seen = new ArrayList<>();
    AbstractProcessor later =
        new AbstractProcessor() {
          @Override
          public Set<String> getSupportedAnnotationTypes() {
            return Set.of("javax.annotation.processing.Generated");
          }

          @Override
          public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
          }

          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (TypeElement a : annotations) {
              for (var e : round.getElementsAnnotatedWith(a)) {
                seen.add(a.getSimpleName() + " on " + e.getSimpleName());
              }
            }
            return false;
          }
        };
    JavaFileObject tooled =
        JavaFileObjects.forSourceLines(
            "test.Tooled", "package test;", "@javax.annotation.processing.Generated(\"another tool\")", "class Tooled {}");
    Compilation c =
        javac()
            .withProcessors(new CrmCardProcessor(), later)
            .compile(bug(GOOD_HEADER, "label = \"Project\""), tooled);
    assertThat(c).succeeded();
    assertThat(seen).containsExactly("Generated on Tooled");
  }
}

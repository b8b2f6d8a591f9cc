package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.ID_TITLE_PROPERTY;
import static dev.crmcards.processor.Cards.card;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @CrmCard} on something that cannot be a card. */
class CardShapeErrorsTest {

  @Test
  void interfaceIsRejected() {
    JavaFileObject f = source("Bug", card(), "interface Bug {}");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard goes on a class or record whose instances are the card's objects, but Bug is an interface")
        .inFile(f).onLineContaining("interface Bug");
  }

  @Test
  void enumIsRejected() {
    JavaFileObject f = source("Bug", card(), "enum Bug { A }");
    assertThat(compile(f)).hadErrorContaining("but Bug is an enum").inFile(f).onLineContaining("enum Bug");
  }

  @Test
  void annotationTypeIsRejected() {
    JavaFileObject f = source("Bug", card(), "@interface Bug {}");
    assertThat(compile(f)).hadErrorContaining("but Bug is an annotation type").inFile(f).onLineContaining("@interface Bug");
  }

  @Test
  void abstractClassIsRejected() {
    JavaFileObject f = source("Bug", card(),
        "abstract class Bug {",
        "  @ObjectId long id; @Title String title; @CardProperty(label = \"P\") String p;",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard class Bug must not be abstract")
        .inFile(f).onLineContaining("abstract class Bug");
  }

  @Test
  void innerClassIsRejected() {
    JavaFileObject f = source("Outer",
        "class Outer {",
        "  " + card(),
        "  class Bug { @ObjectId long id; @Title String title; @CardProperty(label = \"P\") String p; }",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard class Bug is an inner class; make it static")
        .inFile(f).onLineContaining("class Bug {");
  }

  @Test
  void privateClassIsRejected() {
    JavaFileObject f = source("Outer",
        "class Outer {",
        "  " + card(),
        "  private record Bug(" + ID_TITLE_PROPERTY + ") {}",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard class Bug is private; the generated BugCrmCard next to it cannot see it")
        .inFile(f).onLineContaining("private record Bug");
  }

  @Test
  void staticNestedCardIsFineAndNamedAfterItsOuterClass() {
    JavaFileObject f = source("Outer",
        "class Outer {",
        "  " + card(),
        "  static class Bug { @ObjectId long id; @Title String title; @CardProperty(label = \"P\") String p; }",
        "}");
    Compilation c = compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Outer_BugCrmCard");
  }

  /** A source in the unnamed package: {@code Cards.source} without its package line. */
  private static JavaFileObject unnamedPackage(String name, String... body) {
    List<String> lines = new ArrayList<>();
    lines.add(Cards.IMPORTS);
    lines.addAll(List.of(body));
    return JavaFileObjects.forSourceLines(name, lines);
  }

  @Test
  void aCardInTheUnnamedPackageCompiles() {
    JavaFileObject f = unnamedPackage("Bug", card(), "record Bug(" + ID_TITLE_PROPERTY + ") {}");
    Cards.assertSucceededWithoutWarnings(compile(f));
  }

  @Test
  void aCardInTheUnnamedPackageNamedLikeANestedGeneratedClassIsRejected() {
    for (String name : List.of("Handler", "Definition")) {
      JavaFileObject f = unnamedPackage(name, card(), "record " + name + "(" + ID_TITLE_PROPERTY + ") {}");
      Compilation c = compile(f);
      assertThat(c)
          .hadErrorContaining("@CrmCard " + name + " is in the unnamed package and uses the class " + name
              + ", but the generated " + name + "CrmCard has a nested " + name + " of its own that hides it"
              + " there. Move the card's classes into a package (recommended), or rename " + name + ".")
          .inFile(f).onLineContaining("record " + name);
      assertThat(c).hadErrorCount(1);
    }
  }

  @Test
  void aClassTheCardUsesInTheUnnamedPackageNamedLikeANestedGeneratedClassIsRejected() {
    JavaFileObject handler = unnamedPackage("Handler", "enum Handler { ALICE, BOB }");
    JavaFileObject f = unnamedPackage("Bug", card(),
        "record Bug(@ObjectId long id, @Title String title,",
        "    @CardProperty(label = \"Handler\") Handler handler) {}");
    Compilation c = compile(f, handler);
    assertThat(c).hadErrorContaining("@CrmCard Bug is in the unnamed package and uses the class Handler")
        .inFile(f).onLineContaining("record Bug");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aClassOfTheUnnamedPackageAnIframeOnlyReadsIsNotHidden() {
    JavaFileObject handler = unnamedPackage("Handler", "enum Handler { ALICE, BOB }");
    JavaFileObject f = unnamedPackage("Bug", card(),
        "@Action(id = \"open\", type = IFRAME, label = \"Open\", uri = \"https://bugs.example.com/by/{owner}\")",
        "record Bug(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p, Handler owner) {}");
    assertThat(compile(f, handler)).succeeded();
  }
}

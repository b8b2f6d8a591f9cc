package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles card sources with the processor, the way a user's build does. */
final class Cards {
  private Cards() {}

  static final String IMPORTS =
      String.join(
          "\n",
          "import dev.crmcards.*;",
          "import static dev.crmcards.ActionType.*;",
          "import static dev.crmcards.ActionPlacement.*;",
          "import static dev.crmcards.PropertyType.*;",
          "import static dev.crmcards.StatusType.*;",
          "import static dev.crmcards.CrmObjectType.*;",
          "import java.net.URI;",
          "import java.time.*;",
          "import java.math.*;",
          "import java.util.*;",
          "");

  /** A source file {@code test.<name>} with the usual imports before {@code body}. */
  static JavaFileObject source(String name, String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add(IMPORTS);
    lines.addAll(List.of(body));
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  /** A minimal valid card header: {@code @CrmCard} with a title, a URL and contacts. */
  static String card() {
    return "@CrmCard(title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\", objectTypes = @ObjectType(CONTACTS))";
  }

  /**
   * A record card {@code test.Bug} with the usual header: {@code before} lines (e.g. an enum), the
   * {@code @CrmCard} line, then {@code record Bug(} with {@code components} one per line.
   */
  static JavaFileObject recordCard(List<String> before, String... components) {
    List<String> lines = new ArrayList<>(before);
    lines.add(card());
    lines.add("record Bug(");
    lines.addAll(List.of(components));
    lines.add(") {}");
    return source("Bug", lines.toArray(new String[0]));
  }

  /** The members every valid card needs. */
  static final String ID_TITLE_PROPERTY =
      "@ObjectId long id, @Title String title, @CardProperty(label = \"Project\") String project";

  /** {@code compilation} had {@code error} in {@code file}, on the line containing {@code line}. */
  static void assertErrorOn(Compilation compilation, String error, JavaFileObject file, String line) {
    assertThat(compilation).hadErrorContaining(error).inFile(file).onLineContaining(line);
  }

  /** {@code compilation}'s only error is {@code error}, in {@code file} on the line containing {@code line}. */
  static void assertOnlyErrorOn(Compilation compilation, String error, JavaFileObject file, String line) {
    assertErrorOn(compilation, error, file, line);
    assertThat(compilation).hadErrorCount(1);
  }

  /** Succeeded, with no warning at all (the generated class carries no annotation left unclaimed). */
  static void assertSucceededWithoutWarnings(Compilation c) {
    assertThat(c).succeededWithoutWarnings();
  }

  /** The text of the class {@code className} the compilation generated. */
  static String sourceOf(Compilation c, String className) throws IOException {
    return c.generatedSourceFile(className).orElseThrow().getCharContent(true).toString();
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new CrmCardProcessor()).withOptions(options).compile(sources);
  }
}

package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A card in another package using every property type, STATUS through an enum and through
 * Strings, renamed properties, every action type and placement, {@code when} and a {@code ${key}}
 * option produces exactly the hand-written definition, the same bytes every time, and generated
 * code that compiles without a warning under {@code -Xlint:all}.
 */
class DefinitionGoldenTest {
  private static final List<String> OPTIONS =
      List.of("-Xlint:all", "-Acrmcards.shopBase=https://shop.example.com");
  private static final String RESOURCE = "META-INF/crmcards/order.json";

  private static Compilation compileOrders() {
    return Cards.compile(
        OPTIONS,
        JavaFileObjects.forResource("showcase/com/acme/showcase/Order.java"),
        JavaFileObjects.forResource("showcase/com/acme/showcase/Severity.java"));
  }

  @Test
  void definitionEqualsTheHandWrittenOne() throws IOException {
    Compilation c = compileOrders();
    Cards.assertSucceededWithoutWarnings(c);
    assertThat(c)
        .generatedFile(StandardLocation.CLASS_OUTPUT, RESOURCE)
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/orders.json"));
  }

  @Test
  void definitionJsonMethodReturnsTheResourceText() throws Exception {
    Compilation c = compileOrders();
    String source = read(c.generatedSourceFile("com.acme.showcase.OrderCrmCard").orElseThrow());
    assertThat(source).contains("public static final String NAME = \"order\";");
    assertThat(source).contains("@Generated(\"dev.crmcards.processor.CrmCardProcessor\")");
    assertThat(source).contains("@CrmCardsGenerated(");
    assertThat(source).doesNotContain("date =");
    String definitionConstant = javaStringConstant(source, "DEFINITION_JSON");
    assertThat(definitionConstant).isEqualTo(golden("golden/orders.json"));
  }

  @Test
  void outputIsIdenticalAcrossBuilds() throws Exception {
    Compilation first = compileOrders();
    Compilation second = compileOrders();
    for (JavaFileObject file : first.generatedFiles()) {
      JavaFileObject twin =
          second.generatedFiles().stream()
              .filter(f -> f.toUri().equals(file.toUri()))
              .findFirst()
              .orElseThrow();
      if (file.getName().endsWith(".class")) {
        continue; // javac's own output
      }
      assertThat(read(twin)).isEqualTo(read(file));
    }
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = DefinitionGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String read(JavaFileObject file) throws IOException {
    return file.getCharContent(true).toString();
  }

  /** Evaluates the generated {@code "..." + "..."} initializer of a String constant. */
  private static String javaStringConstant(String source, String name) {
    int start = source.indexOf(name + " = ");
    int end = source.indexOf(";\n", start);
    String initializer = source.substring(start + name.length() + 3, end);
    StringBuilder value = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < initializer.length(); i++) {
      char c = initializer.charAt(i);
      if (!inString) {
        inString = c == '"';
        continue;
      }
      if (c == '"') {
        inString = false;
      } else if (c == '\\') {
        char next = initializer.charAt(++i);
        value.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }
}

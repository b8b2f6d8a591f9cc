package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Every card gets its view beside its definition: a TABLE card on two locations with a summary
 * of every kind of figure and both chart kinds prints exactly the hand-written view, and a card
 * that names none of it prints the defaults only.
 */
class ViewGoldenTest {

  static Compilation compileDeliveries() {
    return Cards.compile(
        List.of("-Xlint:all"),
        JavaFileObjects.forResource("showcase/com/acme/views/Delivery.java"),
        JavaFileObjects.forResource("showcase/com/acme/views/DeliverySummary.java"));
  }

  @Test
  void tableCardViewEqualsTheHandWrittenOne() throws IOException {
    Compilation c = compileDeliveries();
    Cards.assertSucceededWithoutWarnings(c);
    assertThat(c)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/views/delivery.json")
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/views/delivery.json"));
  }

  /** The showcase card is on tickets among others, so by default on the help desk sidebar too. */
  @Test
  void cardWithoutViewAttributesGetsTheDefaults() throws IOException {
    Compilation c =
        Cards.compile(
            List.of("-Acrmcards.shopBase=https://shop.example.com"),
            JavaFileObjects.forResource("showcase/com/acme/showcase/Order.java"),
            JavaFileObjects.forResource("showcase/com/acme/showcase/Severity.java"));
    assertThat(c)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/views/order.json")
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/views/order.json"));
  }

  /**
   * The generated source of the TABLE card, compared with a reviewed golden copy as {@link
   * GoldenSourceTest} does for the legacy showcase; {@code -Dgolden.update=true} rewrites it.
   */
  @Test
  void tableCardSourceEqualsTheGoldenCopy() throws Exception {
    String golden = "golden/com/acme/views/DeliveryCrmCard.java";
    String actual =
        compileDeliveries().generatedSourceFile("com.acme.views.DeliveryCrmCard").orElseThrow()
            .getCharContent(true).toString();
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources", golden);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(golden(golden));
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = ViewGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

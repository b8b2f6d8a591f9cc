package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated source of the showcase card, compared with a reviewed golden copy: generated code
 * is part of the product, so every change to it shows up here. Run with
 * {@code -Dgolden.update=true} to rewrite the golden file after an intended change.
 */
class GoldenSourceTest {
  private static final String GOLDEN = "golden/com/acme/showcase/OrderCrmCard.java";

  @Test
  void generatedSourceEqualsTheGoldenCopy() throws Exception {
    Compilation c =
        Cards.compile(
            List.of("-Acrmcards.shopBase=https://shop.example.com"),
            JavaFileObjects.forResource("showcase/com/acme/showcase/Order.java"),
            JavaFileObjects.forResource("showcase/com/acme/showcase/Severity.java"));
    String actual =
        Cards.sourceOf(c, "com.acme.showcase.OrderCrmCard");
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources", GOLDEN);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
      assertThat(in).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}

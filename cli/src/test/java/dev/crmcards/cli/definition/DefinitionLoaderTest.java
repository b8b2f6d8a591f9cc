package dev.crmcards.cli.definition;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.support.Fixtures;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {
  @TempDir Path dir;

  private static final String CARD = "{\"title\": \"%s\"}\n";

  @Test
  void readsTheExampleModulesDefinitions() {
    CardDefinition card = Fixtures.exampleCard();
    assertThat(card.name()).isEqualTo("bug-tracker");
    assertThat(card.title()).isEqualTo("New CRM Card");
    assertThat(card.targetUrl()).isEqualTo("https://www.example.com/demo-fetch");
    assertThat(card.objectTypes()).containsExactly(new CardObjectType("contacts", List.of("firstname", "email", "lastname")));
    assertThat(card.baseUrls()).containsExactly("https://example.com");
    assertThat(card.displayProperty("status").orElseThrow().options())
        .extracting(StatusOption::name)
        .containsExactly("In Progress", "Resolved");
  }

  @Test
  void aDirectoryOfJsonFilesSortedByName() {
    Fixtures.write(dir.resolve("zeta.json"), CARD.formatted("Z"));
    Fixtures.write(dir.resolve("alpha.json"), CARD.formatted("A"));
    Fixtures.write(dir.resolve("notes.txt"), "not a card");
    Fixtures.write(dir.resolve("nested/deeper.json"), CARD.formatted("D"));
    assertThat(DefinitionLoader.load(dir)).extracting(CardDefinition::name).containsExactly("alpha", "zeta");
  }

  @Test
  void aBuildOutputDirectory() {
    Fixtures.write(dir.resolve("META-INF/crmcards/orders.json"), CARD.formatted("Orders"));
    Fixtures.write(dir.resolve("other.json"), CARD.formatted("ignored"));
    assertThat(DefinitionLoader.load(dir)).extracting(CardDefinition::title).containsExactly("Orders");
  }

  @Test
  void aJarKeepsTheExactBytes() throws Exception {
    Path jar = dir.resolve("cards.jar");
    String text = "{ \"title\" : \"Orders\" }\r\n";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "META-INF/crmcards/orders.json", text);
      put(out, "META-INF/crmcards/nested/skip.json", CARD.formatted("skip"));
      put(out, "com/acme/Orders.class", "not a card");
    }
    List<CardDefinition> cards = DefinitionLoader.load(jar);
    assertThat(cards).extracting(CardDefinition::name).containsExactly("orders");
    assertThat(cards.get(0).bytes()).isEqualTo(text.getBytes(UTF_8));
    assertThat(cards.get(0).source()).endsWith("cards.jar!/META-INF/crmcards/orders.json");
  }

  private static void put(JarOutputStream jar, String name, String text) throws Exception {
    jar.putNextEntry(new JarEntry(name));
    OutputStream out = jar;
    out.write(text.getBytes(UTF_8));
    jar.closeEntry();
  }

  @Test
  void problemsAreUsageErrors() {
    assertThatThrownBy(() -> DefinitionLoader.load(dir.resolve("missing")))
        .isInstanceOf(UsageException.class)
        .hasMessageEndingWith("missing does not exist");
    assertThatThrownBy(() -> DefinitionLoader.load(dir))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("no card definitions in " + dir);
    Path broken = Fixtures.write(dir.resolve("broken.json"), "{\"title\": }");
    assertThatThrownBy(() -> DefinitionLoader.load(broken))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("broken.json is not valid JSON")
        .hasMessageContaining("(line 1, column");
    Path array = Fixtures.write(dir.resolve("array.json"), "[]");
    assertThatThrownBy(() -> DefinitionLoader.load(array))
        .hasMessageEndingWith("array.json is not a card definition (a JSON object)");
  }

  @Test
  void aByteOrderMarkIsDroppedAndTextAfterTheDefinitionOrAnotherEncodingRefused() throws Exception {
    Path marked = dir.resolve("marked.json");
    Files.write(marked, ("\uFEFF" + CARD.formatted("Marked")).getBytes(UTF_8));
    CardDefinition card = DefinitionLoader.load(marked).get(0);
    assertThat(card.title()).isEqualTo("Marked");
    assertThat(new String(card.bytes(), UTF_8)).isEqualTo(CARD.formatted("Marked"));

    Path trailing = Fixtures.write(dir.resolve("trailing.json"), CARD.formatted("T") + "}");
    assertThatThrownBy(() -> DefinitionLoader.load(trailing))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("trailing.json is not valid JSON");
    Path wide = dir.resolve("wide.json");
    Files.write(wide, CARD.formatted("W").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> DefinitionLoader.load(wide))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("wide.json is not valid UTF-8 JSON");
  }

  @Test
  void loadOneNeedsExactlyOne() throws Exception {
    Files.delete(Fixtures.write(dir.resolve("tmp.json"), "{}"));
    Fixtures.write(dir.resolve("a.json"), CARD.formatted("A"));
    Fixtures.write(dir.resolve("b.json"), CARD.formatted("B"));
    assertThatThrownBy(() -> DefinitionLoader.loadOne(dir))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("holds 2 card definitions [a, b]");
  }
}

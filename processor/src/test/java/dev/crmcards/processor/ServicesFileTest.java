package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.GeneratedCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated cards register themselves: the processor lists every card class of the compilation
 * in {@code META-INF/services/dev.crmcards.core.GeneratedCard}, and {@link GeneratedCard#load}
 * finds them through it.
 */
class ServicesFileTest {
  private static final String SERVICES = "META-INF/services/dev.crmcards.core.GeneratedCard";

  private static JavaFileObject card(String className) {
    return source(className,
        "@CrmCard(title = \"T\", targetUrl = \"https://x.example.com/" + className.toLowerCase() + "\",",
        "         objectTypes = @ObjectType(CONTACTS))",
        "record " + className + "(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p) {}");
  }

  private static String services(Compilation c) {
    try {
      return c.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyCardOfTheCompilationIsListedSorted() {
    Compilation c = Cards.compile(card("Gamma"), card("Alpha"), card("Beta"));
    assertThat(c).succeeded();
    assertThat(services(c)).isEqualTo("test.AlphaCrmCard\ntest.BetaCrmCard\ntest.GammaCrmCard\n");
  }

  @Test
  void theCardsAreFoundThroughTheServicesFile() throws Exception {
    Compilation c = Cards.compile(card("Beta"), card("Alpha"));
    assertThat(c).succeeded();
    ClassLoader loader = new GeneratedClassLoader(c);

    List<GeneratedCard<?>> cards = GeneratedCard.load(loader);

    assertThat(cards.stream().map(GeneratedCard::cardName).toList()).containsExactly("alpha", "beta").inOrder();
    GeneratedCard<?> alpha = cards.get(0);
    assertThat(alpha.handlerType().getName()).isEqualTo("test.AlphaCrmCard$Handler");
    assertThat(alpha.definitionResource()).isEqualTo("META-INF/crmcards/alpha.json");
    assertThat(alpha.definition()).contains("\"https://x.example.com/alpha\"");
    CardRoutes routes = routesOf(alpha);
    assertThat(routes.cardName()).isEqualTo("alpha");
    assertThat(routes.paths()).containsExactly("/alpha");
  }

  /** Any object of the handler type will do: routes are built, not called. */
  private static <H> CardRoutes routesOf(GeneratedCard<H> card) {
    H handler = card.handlerType().cast(
        java.lang.reflect.Proxy.newProxyInstance(
            card.handlerType().getClassLoader(), new Class<?>[] {card.handlerType()}, (proxy, method, args) -> null));
    return card.routesFor(handler);
  }

  @Test
  void aCardOfALaterRoundIsListedToo() throws IOException {
    String late = card("Late").getCharContent(true).toString();
    Compilation c =
        javac().withProcessors(new CrmCardProcessor(), new WritesSourceInRoundOne("test.Late", late)).compile(card("Early"));
    assertThat(c).succeeded();
    assertThat(services(c)).isEqualTo("test.EarlyCrmCard\ntest.LateCrmCard\n");
  }

  @Test
  void noCardNoFile() {
    Compilation c = Cards.compile(source("Plain", "class Plain {}"));
    assertThat(c).succeeded();
    assertThat(c.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES)).isEmpty();
  }

  /**
   * An incremental build compiles only the changed card, into a class output that holds the file
   * of the earlier build: the cards of both are listed, the ones whose class is gone are not.
   */
  @Test
  void theFileOfAnEarlierBuildIsMergedIn(@TempDir Path dir) throws IOException {
    Path sources = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    compile(sources, classes, card("Alpha"));
    assertThat(Files.readString(classes.resolve(SERVICES))).isEqualTo("test.AlphaCrmCard\n");
    Files.writeString(
        classes.resolve(SERVICES), "test.AlphaCrmCard\ntest.GoneCrmCard # deleted since\n", StandardCharsets.UTF_8);

    compile(sources, classes, card("Beta"));

    assertThat(Files.readString(classes.resolve(SERVICES))).isEqualTo("test.AlphaCrmCard\ntest.BetaCrmCard\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(GeneratedCard.load(loader).stream().map(GeneratedCard::cardName).toList())
          .containsExactly("alpha", "beta").inOrder();
    }
  }

  /** Compiles {@code card} with the processor as a build tool does: class output on the class path. */
  private static void compile(Path sources, Path classes, JavaFileObject card) throws IOException {
    Path file = sources.resolve(card.getName().substring(card.getName().lastIndexOf('/') + 1));
    Files.createDirectories(sources);
    Files.writeString(file, card.getCharContent(true), StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-proc:full"));
      options.addAll(List.of("-classpath", classes + java.io.File.pathSeparator + System.getProperty("java.class.path")));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, null, options, null, files.getJavaFileObjects(file));
      task.setProcessors(List.of(new CrmCardProcessor()));
      assertThat(task.call()).isTrue();
    }
  }
}

package dev.crmcards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmcards.processor.CrmCardProcessor;
import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor jar as published is a whole processor path: plain javac with {@code
 * -processorpath} naming that jar and nothing else writes a card's class, definition and view.
 * Maven and Gradle resolve the processor's dependencies for their processor paths; javac does not.
 */
class ProcessorJarAloneTest {
  private static final String CARD = """
      package x;

      import dev.crmcards.*;

      @CrmCard(title = "Things", targetUrl = "https://things.example.com/hubspot/things",
          objectTypes = @ObjectType(value = CrmObjectType.CONTACTS),
          layout = CardLayout.TABLE, locations = CardLocation.RECORD_TAB)
      public record Thing(@ObjectId long id, @Title String name,
          @CardProperty(label = "Size", type = PropertyType.NUMERIC, sortable = true) int size) {}
      """;

  @Test
  void plainJavacNeedsNothingButTheJar(@TempDir Path dir) throws Exception {
    Path jar = processorJar();
    Path source = Files.createDirectories(dir.resolve("src/x")).resolve("Thing.java");
    Files.writeString(source, CARD);
    Path out = Files.createDirectories(dir.resolve("out"));
    // What the card compiles against: this module's class path, without the processor.
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("crmcards-processor") && !entry.endsWith("processor/target/classes"))
        .collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean ok = javac.getTask(messages, files, null,
              List.of("--release", "17", "-cp", classPath, "-processorpath", jar.toString(),
                  "-d", out.toString(), "-s", out.toString()),
              null, files.getJavaFileObjects(source.toFile()))
          .call();
      assertThat(ok).as(messages.toString()).isTrue();
    }
    assertThat(out.resolve("x/ThingCrmCard.class")).exists();
    assertThat(out.resolve("META-INF/crmcards/thing.json")).exists();
    assertThat(Files.readString(out.resolve("META-INF/crmcards/views/thing.json"))).contains("\"TABLE\"");
  }

  /** The packaged processor jar: what Maven resolved once the processor module is packaged. */
  private static Path processorJar() throws Exception {
    Path location = Path.of(CrmCardProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isRegularFile(location)) {
      return location;
    }
    // Built with "mvn test", the processor comes as its classes folder; its jar, if packaged, is beside it.
    try (var jars = Files.list(location.getParent())) {
      Path jar = jars.filter(p -> p.getFileName().toString().matches("crmcards-processor-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElse(null);
      assumeTrue(jar != null, "the processor is not packaged yet (run mvn verify)");
      return jar;
    }
  }
}

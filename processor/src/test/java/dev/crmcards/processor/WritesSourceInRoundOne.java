package dev.crmcards.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another processor, as a build may run beside ours: it writes one source file in the first round,
 * which javac compiles, and processes, in the next. Put it before ours to be sure it runs.
 */
final class WritesSourceInRoundOne extends AbstractProcessor {
  private final String className;
  private final String source;
  private boolean written;

  /** Writes {@code source} as the class {@code className} (qualified). */
  WritesSourceInRoundOne(String className, String source) {
    this.className = className;
    this.source = source;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written) {
      written = true;
      try (Writer out = processingEnv.getFiler().createSourceFile(className).openWriter()) {
        out.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}

package dev.crmcards.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/services/dev.crmcards.core.GeneratedCard}: every card class generated in the
 * compilation, one binary name a line, sorted, written once when processing is over. A file that
 * an earlier compilation left in the class output (an incremental build that recompiles some
 * sources only) is merged in, without entries whose class no longer exists.
 */
final class ServicesFile {
  static final String PATH = "META-INF/services/" + RuntimeTypes.GENERATED_CARD.reflectionName();

  private final Filer filer;
  private final Elements elements;
  private final Set<String> classes = new TreeSet<>();
  private final List<Element> cards = new ArrayList<>();

  ServicesFile(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /** Lists {@code generatedClass}, written from {@code card}. */
  void add(String generatedClass, TypeElement card) {
    if (classes.add(generatedClass)) {
      cards.add(card);
    }
  }

  /** Writes the file, unless there is nothing to list. */
  void write() throws IOException {
    Set<String> listed = new TreeSet<>(classes);
    for (String earlier : earlierEntries()) {
      if (elements.getTypeElement(earlier) != null) {
        listed.add(earlier);
      }
    }
    if (listed.isEmpty()) {
      return;
    }
    FileObject file =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, cards.toArray(new Element[0]));
    try (OutputStream out = file.openOutputStream()) {
      out.write((String.join("\n", listed) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The entries of the file an earlier compilation wrote; none when there is none. */
  private List<String> earlierEntries() {
    List<String> entries = new ArrayList<>();
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (InputStream in = existing.openInputStream();
          BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          int comment = line.indexOf('#');
          String entry = (comment < 0 ? line : line.substring(0, comment)).trim();
          if (!entry.isEmpty()) {
            entries.add(entry);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No earlier file (javac says so with an exception), or one the build tool keeps from us.
    }
    return entries;
  }
}

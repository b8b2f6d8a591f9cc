package dev.crmcards.processor;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of a compile-testing compilation, so tests can run the generated code, and
 * serves the other files of its class output (the card definitions) as resources.
 */
final class GeneratedClassLoader extends ClassLoader {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();
  private final Map<String, byte[]> resources = new HashMap<>();

  GeneratedClassLoader(Compilation compilation) {
    super(GeneratedClassLoader.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf(CLASS_OUTPUT);
      if (start < 0) {
        continue;
      }
      String name = path.substring(start + CLASS_OUTPUT.length());
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), bytes(file));
      } else {
        resources.put(name, bytes(file));
      }
    }
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] bytes = resources.get(name);
    return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
  }
}

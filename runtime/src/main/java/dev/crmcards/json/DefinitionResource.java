package dev.crmcards.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a card definition ({@code META-INF/crmcards/<name>.json}) that the annotation processor
 * wrote into the class output next to the generated class. Public for generated code: a generated
 * {@code definitionJson()} reads its definition here once, instead of carrying it as a string
 * constant of its own.
 */
public final class DefinitionResource {

  private DefinitionResource() {}

  /**
   * The text of {@code resource}, decoded as UTF-8, found through {@code generatedClass}'s class
   * loader.
   *
   * @throws IllegalStateException if the resource is not there, or cannot be read
   */
  public static String read(Class<?> generatedClass, String resource) {
    Objects.requireNonNull(generatedClass, "generatedClass");
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = generatedClass.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The card definition "
                + resource
                + " of "
                + generatedClass.getName()
                + " is not on the class path. The crmcards processor writes it into the class"
                + " output next to the class; it has to be packaged and deployed along with it.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "The card definition " + resource + " of " + generatedClass.getName() + " cannot be read", e);
    }
  }
}

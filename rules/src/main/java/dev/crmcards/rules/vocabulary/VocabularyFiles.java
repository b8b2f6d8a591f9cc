package dev.crmcards.rules.vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the vocabulary's files at build time: {@code VocabularyFiles <json> [<typescript>]}
 * writes the JSON file the rules jar publishes and, when its folder exists, the card UI's
 * TypeScript module made from that file. A file already holding the same text is left alone.
 */
public final class VocabularyFiles {
  private VocabularyFiles() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: VocabularyFiles <vocabulary.json> [<vocabulary.ts>]");
    }
    String json = VocabularyJson.render(Vocabulary.TERMS);
    write(Path.of(args[0]), json);
    if (args.length == 2) {
      Path typescript = Path.of(args[1]);
      if (Files.isDirectory(typescript.toAbsolutePath().getParent())) {
        write(typescript, TypeScriptVocabulary.render(json));
      } else {
        System.out.println("[vocabulary] no " + typescript.getParent() + ": the card UI's types are not written");
      }
    }
  }

  static void write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return;
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}

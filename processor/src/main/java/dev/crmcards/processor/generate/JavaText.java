package dev.crmcards.processor.generate;

import com.palantir.javapoet.CodeBlock;

/**
 * A user's text (a label, a URL, a pattern) in the generated class: string literals that every
 * source encoding reads alike, and javadoc that stays a comment.
 */
final class JavaText {
  /**
   * The characters a literal writes as a letter escape, and their letters. Never {@code \n} or
   * {@code \r} as a Unicode escape: javac reads those before the literal, as line ends.
   */
  private static final String NAMED_ESCAPES = "\"\\\n\r\t\b\f";
  private static final String ESCAPE_LETTERS = "\"\\nrtbf";

  private JavaText() {}

  /**
   * {@code value} as a string literal: as JavaPoet's {@code $S} writes ASCII text, and with every
   * other character as a {@code \\uXXXX} escape. Written as itself, a character the build's
   * {@code -encoding} cannot hold would become {@code ?}, and JavaPoet would break the line at a
   * line or paragraph separator (U+2028, U+2029), inside the literal.
   */
  static CodeBlock literal(String value) {
    if (value == null || value.chars().allMatch(c -> c < 0x80)) {
      return CodeBlock.of("$S", value);
    }
    StringBuilder out = new StringBuilder(value.length() + 16).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int named = NAMED_ESCAPES.indexOf(c);
      if (named >= 0) {
        out.append('\\').append(ESCAPE_LETTERS.charAt(named));
      } else if (c < 0x20 || c >= 0x7F) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return CodeBlock.of("$L", out.append('"').toString());
  }

  /**
   * {@code text} for a javadoc comment, which a {@code *}{@code /} in it would end; a backslash,
   * which javac would read as the start of a Unicode escape even in a comment, and characters
   * outside ASCII as HTML references, as in {@link #literal}.
   */
  static String inJavadoc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.replace("*/", "*&#47;").codePoints().forEach(c -> {
      if (c == '\\') {
        out.append("&#92;");
      } else if (c < 0x80) {
        out.append((char) c);
      } else {
        out.append("&#x").append(Integer.toHexString(c)).append(';');
      }
    });
    return out.toString();
  }
}

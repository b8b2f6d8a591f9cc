package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormInputsTest {
  @Test
  void anOptionsLabelIsItsConstantInWords() {
    assertThat(FormInputs.optionLabel("HIGH_PRIORITY")).isEqualTo("High priority");
    assertThat(FormInputs.optionLabel("UI")).isEqualTo("Ui");
    assertThat(FormInputs.optionLabel("NEXT_DAY_2")).isEqualTo("Next day 2");
    assertThat(FormInputs.optionLabel("low")).isEqualTo("Low");
  }

  @Test
  void limitsAreWrittenAsJavaScriptPrintsThem() {
    assertThat(FormInputs.number(1)).isEqualTo("1");
    assertThat(FormInputs.number(-40)).isEqualTo("-40");
    assertThat(FormInputs.number(0.5)).isEqualTo("0.5");
    assertThat(FormInputs.number(2.25)).isEqualTo("2.25");
    assertThat(FormInputs.number(FormInputs.MAX_SAFE_INTEGER)).isEqualTo("9007199254740991");
  }

  @Test
  void messagesGetTheInputsLimits() {
    assertThat(FormInputs.message(FormInputs.TOO_SMALL, 0.5, 40.0, null)).isEqualTo("Enter a number of at least 0.5.");
    assertThat(FormInputs.message(FormInputs.TOO_LARGE, null, 40.0, null)).isEqualTo("Enter a number of at most 40.");
    assertThat(FormInputs.message(FormInputs.TOO_LONG, null, null, 120)).isEqualTo("Use at most 120 characters.");
    assertThat(FormInputs.message(FormInputs.MISSING, 1.0, 2.0, 3)).isEqualTo(FormInputs.MISSING);
  }

  @Test
  void limitsArePrintedWithoutAnExponentAsTheCardPrintsThem() {
    // The same words as formRules.test.ts expects of the card for these limits.
    assertThat(FormInputs.message(FormInputs.TOO_SMALL, 1e-7, 1e21, null)).isEqualTo("Enter a number of at least 0.0000001.");
    assertThat(FormInputs.message(FormInputs.TOO_LARGE, 1e-7, 1e21, null))
        .isEqualTo("Enter a number of at most 1000000000000000000000.");
  }

  @Test
  void limitsHaveTheirShortestDigitsAsTheCardPrintsThem() {
    // Java 17's Double.toString says 1.9999999999999998E23: not the card's 2e23.
    assertThat(FormInputs.message(FormInputs.TOO_LARGE, null, 2e23, null))
        .isEqualTo("Enter a number of at most 200000000000000000000000.");
    assertThat(FormInputs.number(1e22)).isEqualTo("10000000000000000000000");
  }

  @Test
  void patternsThatOnlyJavaReads() {
    assertThat(FormInputs.javaOnlyPart("a++")).contains("++");
    assertThat(FormInputs.javaOnlyPart("a{2,3}+")).contains("}+");
    assertThat(FormInputs.javaOnlyPart("(?i)x")).contains("(?i");
    assertThat(FormInputs.javaOnlyPart("\\Qa\\E")).contains("\\Q");
    assertThat(FormInputs.javaOnlyPart("[a-z&&[^b]]")).contains("&&");
    assertThat(FormInputs.javaOnlyPart("\\p{javaLowerCase}")).contains("\\p{javaLowerCase}");
    assertThat(FormInputs.javaOnlyPart("\\P{javaLowerCase}")).contains("\\P{javaLowerCase}");
    assertThat(FormInputs.javaOnlyPart("\\p{Digit}{5}")).contains("\\p{Digit}");
    assertThat(FormInputs.javaOnlyPart("[\\p{Alpha} ]+")).contains("\\p{Alpha}");
    assertThat(FormInputs.javaOnlyPart("\\P{Space}+")).contains("\\P{Space}");
    assertThat(FormInputs.javaOnlyPart("\\pL+")).contains("\\pL");
    assertThat(FormInputs.javaOnlyPart("[\\PN ]")).contains("\\PN");
    assertThat(FormInputs.javaOnlyPart("\\p{IsLatin}+")).contains("\\p{IsLatin}");
    assertThat(FormInputs.javaOnlyPart("a\\p{script=Latin}")).contains("\\p{script=Latin}");
    assertThat(FormInputs.javaOnlyPart("\\p{InGreek}")).contains("\\p{InGreek}");
    assertThat(FormInputs.javaOnlyPart("\\p{block=Greek}")).contains("\\p{block=Greek}");
    assertThat(FormInputs.javaOnlyPart("a\\vb")).contains("\\v");
    assertThat(FormInputs.javaOnlyPart("\\x{41}")).contains("\\x{");
    assertThat(FormInputs.javaOnlyPart("\\bcat\\b")).contains("\\b");
    assertThat(FormInputs.javaOnlyPart("a\\B")).contains("\\B");
    assertThat(FormInputs.javaOnlyPart("\\0101")).contains("\\0");
    assertThat(FormInputs.javaOnlyPart("\\N{LATIN SMALL LETTER A}")).contains("\\N{");
    assertThat(FormInputs.javaOnlyPart("\\ca")).contains("\\c");
    assertThat(FormInputs.javaOnlyPart("(a)?b\\1")).contains("\\1");
    assertThat(FormInputs.javaOnlyPart("(?<x>a)\\k<x>")).contains("\\k<");
    assertThat(FormInputs.javaOnlyPart("[a-c[x-z]]")).contains(FormInputs.NESTED_CLASS);
    // A ] first in a class is a member, so the [ after it is still inside the class.
    assertThat(FormInputs.javaOnlyPart("[]a[b]]")).contains(FormInputs.NESTED_CLASS);
    assertThat(FormInputs.javaOnlyPart("[^]a[b]]")).contains(FormInputs.NESTED_CLASS);
    // A quantified anchor: Java repeats nothing, JavaScript refuses the whole pattern.
    assertThat(FormInputs.javaOnlyPart("^a$?")).contains("$?");
    assertThat(FormInputs.javaOnlyPart("^*a")).contains("^*");
    assertThat(FormInputs.javaOnlyPart("a${2}")).contains("${");
    assertThat(FormInputs.javaOnlyPart("(?<=a)*b")).contains(FormInputs.QUANTIFIED_LOOKAROUND);
    assertThat(FormInputs.javaOnlyPart("x(?!y){2}")).contains(FormInputs.QUANTIFIED_LOOKAROUND);
    assertThat(FormInputs.javaOnlyPart("((?=a)(b))?c(?<!d)+")).contains(FormInputs.QUANTIFIED_LOOKAROUND);
  }

  @Test
  void patternsBothRead() {
    for (String pattern : new String[] {"[A-Z]{3}-\\d+", "[*+]", "a\\++", "x&&y", "\\\\Q", "(?:a|b)+", "\\p{L}+", "\\P{Lu}", "\\p{ASCII}+",
        "\\p{sc=Greek}+", "[\\p{Lu}\\P{sc=Latin}]", "\\\\pL", "[]a]+", "[^]]", "[\\[x]", "[a][b]", "\\\\b", "\\S+(?:\\s\\S+)*", "\\\\1", "[\\s-x]", "\\@\\x41",
        "[^*]+", "[$?]", "\\$?\\d+", "^a$", "(?=a)b*", "(a)+", "(?:(?<=a)b)+", "\\(?=a\\)*", "[(?=a)]+"}) {
      assertThat(FormInputs.javaOnlyPart(pattern)).as(pattern).isEqualTo(Optional.empty());
    }
  }
}

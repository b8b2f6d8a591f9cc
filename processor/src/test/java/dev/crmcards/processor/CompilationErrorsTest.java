package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Rules across cards, and the processor's promise to keep going. */
class CompilationErrorsTest {

  private static JavaFileObject card(String className, String name) {
    return source(className,
        "@CrmCard(title = \"T\", name = \"" + name + "\", targetUrl = \"https://x.example.com/" + className + "\",",
        "         objectTypes = @ObjectType(CONTACTS))",
        "record " + className + "(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p) {}");
  }

  @Test
  void twoCardsWithTheSameName() {
    JavaFileObject a = card("Alpha", "shared");
    JavaFileObject b = card("Beta", "shared");
    Compilation c = compile(a, b);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("Card name \"shared\" is already used by test.Alpha")
        .inFile(b).onLineContaining("name = \"shared\"");
  }

  @Test
  void moreThanTwentyFiveCards() {
    List<JavaFileObject> files = new ArrayList<>();
    for (int i = 1; i <= 26; i++) {
      files.add(card(String.format("Card%02d", i), String.format("card-%02d", i)));
    }
    Compilation c = compile(files.toArray(new JavaFileObject[0]));
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("More than 25 @CrmCard classes in one compilation: HubSpot allows at most 25 cards per app")
        .inFile(files.get(25)).onLineContaining("@CrmCard(");
  }

  @Test
  void oneBadCardDoesNotStopTheOthers() {
    JavaFileObject good = card("Good", "good");
    JavaFileObject bad = source("Bad",
        "@CrmCard(title = \"\", targetUrl = \"https://x.example.com/bad\", objectTypes = @ObjectType(CONTACTS))",
        "record Bad(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p) {}");
    // compile-testing hides generated files of a failed compilation; the debug notes tell.
    Compilation c = Cards.compile(List.of("-Acrmcards.debug"), bad, good);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("@CrmCard title must not be blank").inFile(bad).onLineContaining("title = \"\"");
    assertThat(c).hadNoteContaining("test.Bad: not generated");
    assertThat(c).hadNoteContaining("wrote META-INF/crmcards/good.json and test.GoodCrmCard");
  }

  @Test
  void anUnexpectedFailureIsACompileErrorAskingForABugReport() {
    JavaFileObject broken = card("Broken", "broken");
    JavaFileObject good = card("Good", "good");
    Compilation c =
        javac()
            .withProcessors(
                new CrmCardProcessor(
                    type -> {
                      if (type.getSimpleName().contentEquals("Broken")) {
                        throw new IllegalStateException("simulated processor bug");
                      }
                    }))
            .withOptions("-Acrmcards.debug")
            .compile(broken, good);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("crmcards failed unexpectedly on test.Broken. This is a bug in crmcards; please report it")
        .inFile(broken).onLineContaining("record Broken");
    assertThat(c).hadErrorContaining("java.lang.IllegalStateException: simulated processor bug");
    assertThat(c).hadNoteContaining("wrote META-INF/crmcards/good.json");
  }

  @Test
  void debugOptionSaysWhatWasDecided() {
    Compilation c = Cards.compile(List.of("-Acrmcards.debug"), card("Good", "good"));
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("card \"good\": 1 properties, 0 actions; wrote META-INF/crmcards/good.json and test.GoodCrmCard");
  }

  @Test
  void placeholderOptionsDoNotWarnAsUnrecognized() {
    Compilation c = Cards.compile(List.of("-Xlint:all", "-Acrmcards.unused=https://x.example.com"), card("Good", "good"));
    Cards.assertSucceededWithoutWarnings(c);
  }
}

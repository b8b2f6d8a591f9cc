package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.card;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @ObjectId}, {@code @Title}, {@code @Link} and {@code @ExtraProperties} misused. */
class MemberErrorsTest {

  private static JavaFileObject record(String... components) {
    return Cards.recordCard(List.of(), components);
  }

  @Test
  void missingObjectId() {
    JavaFileObject f = record("@Title String title,", "@CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard class Bug has no @ObjectId member")
        .inFile(f).onLineContaining("@CrmCard(");
  }

  @Test
  void twoObjectIds() {
    JavaFileObject f = record(
        "@ObjectId long id,",
        "@ObjectId long otherId,",
        "@Title String title, @CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@ObjectId is on both 'id' and 'otherId'")
        .inFile(f).onLineContaining("@ObjectId long otherId");
  }

  @Test
  void objectIdOfWrongType() {
    JavaFileObject f = record(
        "@ObjectId String id,",
        "@Title String title, @CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@ObjectId 'id' has type java.lang.String; @ObjectId needs long, int, Long or Integer")
        .inFile(f).onLineContaining("@ObjectId String id");
  }

  @Test
  void missingTitle() {
    JavaFileObject f = record("@ObjectId long id,", "@CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard class Bug has no @Title member")
        .inFile(f).onLineContaining("@CrmCard(");
  }

  @Test
  void twoTitles() {
    JavaFileObject f = record(
        "@ObjectId long id, @Title String title,",
        "@Title String subtitle,",
        "@CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@Title is on both 'title' and 'subtitle'")
        .inFile(f).onLineContaining("@Title String subtitle");
  }

  @Test
  void titleOfWrongType() {
    JavaFileObject f = record(
        "@ObjectId long id,",
        "@Title int title,",
        "@CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@Title 'title' has type int; @Title needs String")
        .inFile(f).onLineContaining("@Title int title");
  }

  @Test
  void linkOfWrongType() {
    JavaFileObject f = record(
        "@ObjectId long id, @Title String title,",
        "@Link long link,",
        "@CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@Link 'link' has type long; @Link needs String or java.net.URI")
        .inFile(f).onLineContaining("@Link long link");
  }

  @Test
  void extraPropertiesOfWrongType() {
    JavaFileObject f = record(
        "@ObjectId long id, @Title String title,",
        "@ExtraProperties List<String> extras,",
        "@CardProperty(label = \"P\") String p");
    assertThat(compile(f))
        .hadErrorContaining("@ExtraProperties 'extras' has type java.util.List<java.lang.String>; "
            + "@ExtraProperties needs java.util.List<dev.crmcards.Property>")
        .inFile(f).onLineContaining("@ExtraProperties List<String> extras");
  }

  @Test
  void privateFieldCannotBeRead() {
    JavaFileObject f = source("Bug", card(),
        "class Bug {",
        "  @ObjectId long id;",
        "  @Title private String title;",
        "  @CardProperty(label = \"P\") String p;",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("'title' is private, so the generated BugCrmCard cannot read it")
        .inFile(f).onLineContaining("@Title private String title");
  }

  @Test
  void aProtectedMemberOfABaseInAnotherPackageCannotBeRead() {
    JavaFileObject base = com.google.testing.compile.JavaFileObjects.forSourceLines("test.base.Entity",
        "package test.base;",
        "import dev.crmcards.*;",
        "public abstract class Entity {",
        "  @ObjectId protected long id;",
        "}");
    JavaFileObject f = source("Bug", card(),
        "class Bug extends test.base.Entity {",
        "  @Title String title;",
        "  @CardProperty(label = \"P\") String p;",
        "}");
    assertThat(compile(f, base))
        .hadErrorContaining("'id' is protected in another package, so the generated BugCrmCard cannot read it."
            + " Make it public, or annotate a getter instead.")
        .inFile(base).onLineContaining("protected long id");
  }

  @Test
  void aMemberOfAPrivateNestedTypeCannotBeNamed() {
    JavaFileObject f = source("Bug", card(),
        "record Bug(@ObjectId long id, @Title String title,",
        "    @CardProperty(label = \"Priority\", type = STATUS,",
        "        options = {@StatusOption(name = \"HIGH\", label = \"High\", type = StatusType.DANGER),",
        "                   @StatusOption(name = \"LOW\", label = \"Low\", type = StatusType.DEFAULT)}) Priority priority) {",
        "  private enum Priority { HIGH, LOW }",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("'priority' has the type Priority, which the generated BugCrmCard cannot name from its"
            + " package; make Priority public, or package-private in Bug's package (and static if nested).")
        .inFile(f).onLineContaining("Priority priority");
  }

  @Test
  void aPlaceholderAndWhenFindTheGetterOfABeanBesideItsPrivateField() {
    JavaFileObject f = source("Bug", card(),
        "@Action(id = \"pay\", type = ACTION_HOOK, label = \"Pay\", uri = \"https://bugs.example.com/{number}/pay\","
            + " when = \"open\")",
        "class Bug {",
        "  private String number;",
        "  private boolean open;",
        "  @ObjectId public long getId() { return 1; }",
        "  @Title public String getNumber() { return number; }",
        "  public boolean isOpen() { return open; }",
        "  @CardProperty(label = \"P\") public String getP() { return \"p\"; }",
        "}");
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void aClassNameThatGivesNoCardNameIsAnErrorWithAName() {
    JavaFileObject f = source("Order_", card(),
        "record Order_(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p) {}");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard class Order_ gives the card name \"order-\", but a card name must be lower-case"
            + " letters and digits separated by single dashes (it names the definition file and the card's route);"
            + " name it with @CrmCard(name = \"order\").")
        .inFile(f).onLineContaining("@CrmCard(");
  }

  @Test
  void anAnnotationOnARecordsAccessorIsAnErrorThere() {
    JavaFileObject f = source("Bug", card(),
        "record Bug(@ObjectId long id, @Title String title, String severity) {",
        "  @CardProperty(label = \"Severity\") public String severity() { return severity; }",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("@CardProperty on the accessor severity() is not read: a record's members are its"
            + " components. Put it on the component severity in the record header.")
        .inFile(f).onLineContaining("public String severity()");
  }

  @Test
  void gettersOfAClassAreMembers() {
    JavaFileObject f = source("Bug", card(),
        "class Bug {",
        "  @ObjectId public long getId() { return 1; }",
        "  @Title public String getTitle() { return \"t\"; }",
        "  @CardProperty(label = \"Open\", type = STRING) public String getState() { return \"x\"; }",
        "}");
    assertThat(compile(f)).succeededWithoutWarnings();
    assertThat(compile(f))
        .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/bug.json")
        .contentsAsUtf8String()
        .contains("\"name\": \"state\"");
  }

  @Test
  void annotatedMethodWithArguments() {
    JavaFileObject f = source("Bug", card(),
        "class Bug {",
        "  @ObjectId long id; @Title String title;",
        "  @CardProperty(label = \"P\") String p(int x) { return \"\"; }",
        "  @CardProperty(label = \"Q\") String q;",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("@CardProperty on a method needs a no-arg method that returns the value")
        .inFile(f).onLineContaining("String p(int x)");
  }

  @Test
  void memberAnnotationOutsideACard() {
    JavaFileObject f = source("Plain", "class Plain {", "  @Title String title;", "}");
    assertThat(compile(f))
        .hadErrorContaining("@Title only has an effect in a class annotated with @CrmCard; Plain has none")
        .inFile(f).onLineContaining("@Title String title");
  }

  @Test
  void actionOutsideACard() {
    JavaFileObject f = source("Plain",
        "@Action(id = \"a\", type = IFRAME, label = \"A\", uri = \"https://x.example.com/a\")",
        "class Plain {}");
    assertThat(compile(f))
        .hadErrorContaining("@Action only has an effect on a class annotated with @CrmCard")
        .inFile(f).onLineContaining("@Action(id = \"a\"");
  }
}

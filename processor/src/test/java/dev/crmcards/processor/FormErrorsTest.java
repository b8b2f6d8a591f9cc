package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** FORM actions and their forms misused: each rule is an error at the member or attribute, with the fix. */
class FormErrorsTest {

  private static final String HEADER =
      "@CrmCard(title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\", objectTypes = @ObjectType(CONTACTS))";
  private static final String RECORD =
      "record Bug(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String project) {}";

  /** The card with {@code action}, then the other declarations of the file (the form among them). */
  private static JavaFileObject card(String action, String... declarations) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add(action);
    lines.add(RECORD);
    lines.addAll(List.of(declarations));
    return source("Bug", lines.toArray(new String[0]));
  }

  /** A FORM action on {@code F} and the record {@code F} with these components, one a line. */
  private static JavaFileObject form(String... components) {
    List<String> lines = new ArrayList<>();
    lines.add("record F(");
    for (int i = 0; i < components.length; i++) {
      lines.add(components[i] + (i + 1 < components.length ? "," : ") {}"));
    }
    lines.add("enum Level { LOW, HIGH }");
    return card(FORM_ON_F, lines.toArray(new String[0]));
  }

  private static final String FORM_ON_F =
      "@Action(id = \"report\", type = FORM, label = \"Report\", form = F.class, uri = \"https://bugs.example.com/report\")";

  /** Compiling {@code sources} gives {@code error} and no other, on the line of {@code card}'s {@code form} attribute. */
  private static Compilation assertOnlyErrorOnForm(
      String error, String formAttribute, JavaFileObject card, JavaFileObject... others) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(card));
    sources.addAll(List.of(others));
    Compilation c = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(c).hadErrorContaining(error).inFile(card).onLineContaining(formAttribute);
    assertThat(c).hadErrorCount(1);
    return c;
  }

  private static void compiles(JavaFileObject f) {
    Cards.assertSucceededWithoutWarnings(compile(f));
  }

  // ---------------------------------------------------------------------------------------------
  // The action

  @Test
  void formActionWithoutForm() {
    JavaFileObject f = card("@Action(id = \"report\", type = FORM, label = \"Report\", uri = \"https://bugs.example.com/r\")");
    assertThat(compile(f)).hadErrorContaining("A FORM action needs form: the record whose @Input members")
        .inFile(f).onLineContaining("type = FORM");
  }

  @Test
  void anInputNoCardCanCarry() {
    JavaFileObject f = card(FORM_ON_F, "record F(@Input(label = \"P\") String __proto__) {}");
    assertThat(compile(f))
        .hadErrorContaining("Input '__proto__' cannot travel to the card")
        .inFile(f).onLineContaining("String __proto__");
    assertThat(compile(f)).hadErrorContaining("Rename the member, e.g. 'proto'.");
  }

  @Test
  void formOnAnotherType() {
    JavaFileObject f = card(
        "@Action(id = \"report\", type = ACTION_HOOK, label = \"Report\", form = F.class, uri = \"https://bugs.example.com/r\")",
        "record F(@Input(label = \"T\") String t) {}");
    assertThat(compile(f)).hadErrorContaining("form is for FORM actions only; use type = ActionType.FORM")
        .inFile(f).onLineContaining("form = F.class");
  }

  @Test
  void formWithAMethodThatSendsNoBody() {
    for (String method : List.of("GET", "DELETE")) {
      JavaFileObject f = card(
          "@Action(id = \"report\", type = FORM, label = \"Report\", form = F.class, method = HttpMethod." + method
              + ", uri = \"https://bugs.example.com/r\")",
          "record F(@Input(label = \"T\") String t) {}");
      assertThat(compile(f)).hadErrorContaining("its method is one of POST, PUT, PATCH (POST by default), not " + method)
          .inFile(f).onLineContaining("HttpMethod." + method);
    }
  }

  @Test
  void formActionsInEveryPlacementWithEveryFormMethod() {
    JavaFileObject f = card(
        "@Action(id = \"a\", type = FORM, label = \"A\", form = F.class, uri = \"https://bugs.example.com/a\", placement = PRIMARY)\n"
            + "@Action(id = \"b\", type = FORM, label = \"B\", form = F.class, method = HttpMethod.PUT, uri = \"https://bugs.example.com/b\", placement = SECONDARY)\n"
            + "@Action(id = \"c\", type = FORM, label = \"C\", form = F.class, method = HttpMethod.PATCH, uri = \"https://bugs.example.com/c/{id}\")",
        "record F(@Input(label = \"T\") String t) {}");
    compiles(f);
  }

  @Test
  void formThatIsAnInterfaceOrAnEnum() {
    JavaFileObject f = card(FORM_ON_F, "interface F {}");
    assertThat(compile(f)).hadErrorContaining("form = F.class is an interface; a form is a record (or class)")
        .inFile(f).onLineContaining("form = F.class");
    JavaFileObject e = card(FORM_ON_F, "enum F { A }");
    assertThat(compile(e)).hadErrorContaining("form = F.class is an enum").inFile(e).onLineContaining("form = F.class");
  }

  @Test
  void abstractForm() {
    JavaFileObject f = card(FORM_ON_F, "abstract class F { @Input(label = \"T\") String t; F(String t) { this.t = t; } }");
    assertThat(compile(f)).hadErrorContaining("form = F.class is abstract").inFile(f).onLineContaining("form = F.class");
  }

  @Test
  void formThatGeneratedCodeCannotSee() {
    JavaFileObject f = source("Bug",
        HEADER,
        "@Action(id = \"report\", type = FORM, label = \"Report\", form = Bug.F.class, uri = \"https://bugs.example.com/report\")",
        "record Bug(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String project) {",
        "  class F { @Input(label = \"T\") String t; F(String t) { this.t = t; } }",
        "}");
    assertThat(compile(f)).hadErrorContaining("is not visible to the generated BugCrmCard")
        .inFile(f).onLineContaining("form = Bug.F.class");
  }

  @Test
  void aFormJavacCannotReachOrFindIsJavacsErrorAlone() {
    // javac hands such a class over as an error text: neither "needs form" nor "no action names it".
    JavaFileObject hidden = source("Bug",
        HEADER,
        "@Action(id = \"report\", type = FORM, label = \"Report\", form = Bug.F.class, uri = \"https://bugs.example.com/report\")",
        "record Bug(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String project) {",
        "  private record F(@Input(label = \"T\") String t) {}",
        "}");
    assertThat(assertOnlyErrorOnForm("has private access in test.Bug", "form = Bug.F.class", hidden)).hadWarningCount(0);
    JavaFileObject missing = card(
        "@Action(id = \"report\", type = FORM, label = \"Report\", form = Missing.class, uri = \"https://bugs.example.com/r\")",
        "record F(@Input(label = \"T\") String t) {}");
    assertThat(assertOnlyErrorOnForm("cannot find symbol", "form = Missing.class", missing)).hadWarningCount(0);
  }

  @Test
  void formWithoutMembers() {
    assertOnlyErrorOnForm(
        "form = F.class has no @Input member, nor any member at all; a form's inputs are its @Input members. Name the"
            + " form class whose members carry @Input, or give F one, e.g. @Input(label = \"Note\") String note.",
        "form = F.class", card(FORM_ON_F, "record F() {}"));
  }

  @Test
  void formNamingAClassWithoutAnyInputIsOneErrorOnTheFormAttribute() {
    // The card's summary named as its form by mistake: nothing in it is an input.
    JavaFileObject f = source("Bug",
        "@CrmCard(title = \"Bugs\", targetUrl = \"https://bugs.example.com/fetch\", objectTypes = @ObjectType(CONTACTS),",
        "  layout = CardLayout.TABLE, summary = TimeSummary.class)",
        "@Action(id = \"log\", type = FORM, label = \"Log time\",",
        "  form = TimeSummary.class,",
        "  uri = \"https://bugs.example.com/log\")",
        RECORD);
    JavaFileObject summary = source("TimeSummary",
        "record TimeSummary(",
        "  @Statistic(label = \"Hours\") double hours,",
        "  @Statistic(label = \"Entries\") long entries,",
        "  @Statistic(label = \"Average\") double average) {}");
    assertOnlyErrorOnForm(
        "form = TimeSummary.class has no @Input member; a form's inputs are its @Input members. Name the form class"
            + " whose members carry @Input, or annotate the members of TimeSummary with @Input(label = \"...\").",
        "form = TimeSummary.class", f, summary);
  }

  @Test
  void aCardNamedAsAFormIsOneErrorOnTheFormAttribute() {
    // Its own card, one of whose members is an input: before, the error sat on the id and asked
    // for an @Input there.
    JavaFileObject f = source("Bug",
        HEADER,
        "@Action(id = \"report\", type = FORM, label = \"Report\", form = Bug.class, uri = \"https://bugs.example.com/report\")",
        "record Bug(@ObjectId long id, @Title @Input(label = \"T\") String title, @CardProperty(label = \"P\") String project) {}");
    assertOnlyErrorOnForm(
        "form = Bug.class is a card (@CrmCard), not a form; a form is a record of its own whose members carry @Input,"
            + " e.g. record BugForm(@Input(label = \"Note\") String note) {}.",
        "form = Bug.class", f);
  }

  @Test
  void classFormWithoutAnyInputIsNotAlsoToldToDeclareAConstructor() {
    assertOnlyErrorOnForm(
        "form = F.class has no @Input member; a form's inputs are its @Input members.", "form = F.class",
        card(FORM_ON_F, "class F {", "  String t;", "}"));
  }

  @Test
  void classFormWithoutAConstructorForItsInputs() {
    JavaFileObject f = card(FORM_ON_F,
        "class F {",
        "  @Input(label = \"T\") String t;",
        "  @Input(label = \"N\") int n;",
        "  F(int n, String t) { this.n = n; this.t = t; }",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("F needs a constructor taking its @Input fields in declaration order (java.lang.String, int)")
        .inFile(f).onLineContaining("class F {");
  }

  @Test
  void classFormWithItsConstructor() {
    compiles(card(FORM_ON_F,
        "class F {",
        "  @Input(label = \"T\") final String t;",
        "  @Input(label = \"N\") final int n;",
        "  F(String t, int n) { this.t = t; this.n = n; }",
        "}"));
  }

  // ---------------------------------------------------------------------------------------------
  // The members

  @Test
  void memberWithoutInput() {
    JavaFileObject f = form("@Input(label = \"T\") String t", "String untitled");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("'untitled' of the form F has no @Input: every member of a form is an input")
        .inFile(f).onLineContaining("String untitled");
    // Some member is an input, so the form is the one meant: nothing on the form attribute.
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void inputOnAMethod() {
    JavaFileObject f = card(FORM_ON_F,
        "record F(@Input(label = \"T\") String t) {",
        "  @Input(label = \"X\") String shout() { return t; }",
        "}");
    assertThat(compile(f)).hadErrorContaining("@Input goes on a record component or a field of the form")
        .inFile(f).onLineContaining("String shout()");
  }

  @Test
  void missingOrBlankLabel() {
    JavaFileObject f = form("@Input String t", "@Input(label = \" \") String u");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("@Input needs label: the input's label in the card, e.g. label = \"Quantity\"")
        .inFile(f).onLineContaining("@Input String t");
    assertThat(c).hadErrorContaining("@Input label must not be blank").inFile(f).onLineContaining("label = \" \"");
  }

  @Test
  void typesAFormCannotHold() {
    for (String type : List.of("Instant", "Set<String>", "Map<String, String>", "float", "char", "URI", "Level[]")) {
      JavaFileObject f = form("@Input(label = \"T\") " + type + " value");
      assertThat(compile(f)).hadErrorContaining("which a form cannot hold; use String, int, long, Integer, Long, double,")
          .inFile(f).onLineContaining(type + " value");
    }
  }

  @Test
  void everySupportedTypeCompiles() {
    compiles(form(
        "@Input(label = \"A\") String a", "@Input(label = \"B\") int b", "@Input(label = \"C\") long c",
        "@Input(label = \"D\", required = false) Integer d", "@Input(label = \"E\", required = false) Long e",
        "@Input(label = \"F\") double f", "@Input(label = \"G\", required = false) Double g",
        "@Input(label = \"H\", currencyCode = \"USD\") BigDecimal h", "@Input(label = \"I\") boolean i",
        "@Input(label = \"J\", required = false) Boolean j", "@Input(label = \"K\") LocalDate k",
        "@Input(label = \"L\") Level l", "@Input(label = \"M\") Set<Level> m", "@Input(label = \"N\") List<Level> n"));
  }

  @Test
  void optionalPrimitive() {
    JavaFileObject f = form("@Input(label = \"N\", required = false) int n");
    assertThat(compile(f))
        .hadErrorContaining("'n' is a int, which always has a value, so it is always required; use Integer for an optional input")
        .inFile(f).onLineContaining("required = false");
  }

  @Test
  void minOrMaxOnANonNumber() {
    JavaFileObject f = form("@Input(label = \"T\", min = 1) String t", "@Input(label = \"D\", max = 3) LocalDate d");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("min is for number (int, long, Integer, Long, double, Double, BigDecimal) inputs; 't' is java.lang.String. Remove min.")
        .inFile(f).onLineContaining("min = 1");
    assertThat(c).hadErrorContaining("max is for number").inFile(f).onLineContaining("max = 3");
  }

  @Test
  void minAboveMax() {
    JavaFileObject f = form("@Input(label = \"N\", min = 10, max = 2.5) double n");
    assertThat(compile(f)).hadErrorContaining("min (10) is larger than max (2.5), so no value could be entered; swap them.")
        .inFile(f).onLineContaining("max = 2.5");
  }

  @Test
  void fractionOnAWholeNumber() {
    JavaFileObject f = form("@Input(label = \"N\", min = 0.5) int n");
    assertThat(compile(f)).hadErrorContaining("min of the whole-number input 'n' must be a whole number, not 0.5.")
        .inFile(f).onLineContaining("min = 0.5");
  }

  @Test
  void limitBeyondWhatTheTypeHolds() {
    JavaFileObject f = form("@Input(label = \"N\", max = 1e16) long n", "@Input(label = \"M\", min = -3e9) int m");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("max 10000000000000000 is outside what 'n' (long) can hold in the card and on the server: -9007199254740991 to 9007199254740991.")
        .inFile(f).onLineContaining("max = 1e16");
    assertThat(c).hadErrorContaining("min -3000000000 is outside what 'm' (int) can hold")
        .inFile(f).onLineContaining("min = -3e9");
  }

  @Test
  void limitThatIsNoNumber() {
    JavaFileObject f = form("@Input(label = \"N\", min = Double.NaN, max = Double.POSITIVE_INFINITY) double n");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("min must be a finite number; remove it for no limit.").inFile(f).onLineContaining("min = Double.NaN");
    assertThat(c).hadErrorContaining("max must be a finite number").inFile(f).onLineContaining("max = Double.POSITIVE_INFINITY");
  }

  @Test
  void textRulesOnANonString() {
    JavaFileObject f = form(
        "@Input(label = \"A\", maxLength = 5) int a",
        "@Input(label = \"B\", pattern = \"\\\\d+\") long b",
        "@Input(label = \"C\", multiline = true) Level c");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("maxLength is for String inputs; 'a' is int. Remove maxLength.").inFile(f).onLineContaining("maxLength = 5");
    assertThat(c).hadErrorContaining("pattern is for String inputs; 'b' is long. Remove pattern.").inFile(f).onLineContaining("pattern =");
    assertThat(c).hadErrorContaining("multiline is for String inputs").inFile(f).onLineContaining("multiline = true");
  }

  @Test
  void maxLengthBelowOne() {
    JavaFileObject f = form("@Input(label = \"T\", maxLength = 0) String t");
    assertThat(compile(f)).hadErrorContaining("maxLength must be at least 1; remove it for the limit of every text, 262144 characters.")
        .inFile(f).onLineContaining("maxLength = 0");
  }

  @Test
  void maxLengthAboveTheLongestFormText() {
    String error = "maxLength 500000 is more than the 262144 characters a form's text may have"
        + " (FormInputs.MAX_TEXT_LENGTH), which the card and the server hold every text to; use at most 262144,"
        + " or remove maxLength for that limit.";
    // The longest itself is allowed: one error, on the longer.
    JavaFileObject f = form("@Input(label = \"T\", maxLength = 500000) String t", "@Input(label = \"U\", maxLength = 262144) String u");
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(error).inFile(f).onLineContaining("maxLength = 500000");
  }

  @Test
  void patternThatDoesNotCompile() {
    JavaFileObject f = form("@Input(label = \"T\", pattern = \"[A-Z\") String t");
    assertThat(compile(f)).hadErrorContaining("pattern \"[A-Z\" is not a regular expression: Unclosed character class")
        .inFile(f).onLineContaining("pattern = \"[A-Z\"");
  }

  @Test
  void patternOnlyJavaReads() {
    for (String pattern : List.of("a*+", "(?i)abc", "\\\\Qa.b\\\\E", "[a-z&&[^q]]", "(?>ab)",
        "\\\\p{Digit}{5}", "[\\\\p{Alpha} ]+", "\\\\P{javaLowerCase}", "\\\\bcat\\\\b", "[a-c[x-z]]",
        "(a)?b\\\\1", "\\\\0101")) {
      JavaFileObject f = form("@Input(label = \"T\", pattern = \"" + pattern + "\") String t");
      assertThat(compile(f)).hadErrorContaining("which the card's JavaScript reads otherwise or not at all")
          .inFile(f).onLineContaining("pattern = ");
    }
  }

  /** A property class Java takes in more spellings than the card: the error names the one both read. */
  @Test
  void patternPropertyTheCardCannotRunNamesTheSpellingToWrite() {
    for (String[] written : new String[][] {
        {"\\\\pL+", "\\pL", "\\p{L}"},
        {"\\\\p{script=Latin}+", "\\p{script=Latin}", "\\p{sc=Latin}"},
        {"\\\\p{IsLatin}+", "\\p{IsLatin}", "\\p{sc=Latin}"},
        {"[\\\\PN ]+", "\\PN", "\\P{N}"}}) {
      JavaFileObject f = form("@Input(label = \"T\", pattern = \"" + written[0] + "\") String t");
      Compilation c = compile(f);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining(
              "uses " + written[1] + ", which the card's JavaScript reads otherwise or not at all; write " + written[2]
                  + " instead of " + written[1] + " so that the card and the server check the same.")
          .inFile(f).onLineContaining("pattern = ");
    }
  }

  @Test
  void inputsOfAClassNoActionNamesAreWarnedAbout() {
    // A hook where a form was meant: F's inputs would show nowhere.
    JavaFileObject f = card(
        "@Action(id = \"report\", type = ACTION_HOOK, label = \"Report\", uri = \"https://bugs.example.com/report\")",
        "record F(@Input(label = \"Summary\") String summary, @Input(label = \"Steps\") String steps) {}");
    Compilation compilation = compile(f);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("@Input only shows in the form of an action that names its class; no @Action in this "
            + "compilation names F. Name it with @Action(type = FORM, form = F.class, ...), or remove the annotation.")
        .inFile(f).onLineContaining("String summary");
    assertThat(compilation).hadWarningContaining("no @Action in this compilation names F").inFile(f)
        .onLineContaining("String steps");
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void aStaticInputOfAClassNoActionNamesIsWarnedAboutToo() {
    JavaFileObject f = card(
        "@Action(id = \"report\", type = ACTION_HOOK, label = \"Report\", uri = \"https://bugs.example.com/report\")",
        "class F {",
        "  @Input(label = \"Summary\") String summary;",
        "  @Input(label = \"Steps\") static String steps;",
        "}");
    Compilation compilation = compile(f);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("no @Action in this compilation names F").inFile(f)
        .onLineContaining("String summary");
    assertThat(compilation).hadWarningContaining("no @Action in this compilation names F").inFile(f)
        .onLineContaining("static String steps");
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void placeholderWhereTheCardShowsNone() {
    for (String member : List.of("LocalDate deliverBy", "boolean urgent")) {
      JavaFileObject f = form("@Input(label = \"T\",\n placeholder = \"yyyy-mm-dd\") " + member);
      assertThat(compile(f))
          .hadErrorContaining("placeholder is for text, number and select inputs; '" + member.split(" ")[1] + "' is ")
          .inFile(f).onLineContaining("placeholder = ");
    }
    compiles(form("@Input(label = \"T\", placeholder = \"Your name\") String t",
        "@Input(label = \"N\", placeholder = \"1\") int n", "@Input(label = \"L\", placeholder = \"Pick\") Level l"));
  }

  @Test
  void inputOnAStaticField() {
    JavaFileObject f = card(FORM_ON_F,
        "final class F {",
        "  @Input(label = \"Shared\") static String shared;",
        "  @Input(label = \"Name\") final String name;",
        "  F(String name) { this.name = name; }",
        "}");
    assertThat(compile(f))
        .hadErrorContaining("@Input goes on a field of each filled-in form; 'shared' is static, one for all of them."
            + " Remove static, or remove @Input.")
        .inFile(f).onLineContaining("static String shared");
  }

  @Test
  void patternsBothSidesRead() {
    compiles(form("@Input(label = \"T\", pattern = \"[A-Z]{3}-\\\\d+|[*+]x\\\\++\") String t"));
  }

  @Test
  void emptyPattern() {
    JavaFileObject f = form("@Input(label = \"T\", pattern = \"\") String t");
    assertThat(compile(f)).hadErrorContaining("pattern must not be empty").inFile(f).onLineContaining("pattern = \"\"");
  }

  @Test
  void currencyCodeOnANonDecimalOrNotIso4217() {
    JavaFileObject f = form(
        "@Input(label = \"A\", currencyCode = \"EUR\") double a",
        "@Input(label = \"B\", currencyCode = \"eur\") BigDecimal b");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("currencyCode is for BigDecimal inputs; 'a' is double. Remove currencyCode.")
        .inFile(f).onLineContaining("currencyCode = \"EUR\"");
    assertThat(c).hadErrorContaining("currencyCode \"eur\" is not an ISO 4217 currency code")
        .inFile(f).onLineContaining("currencyCode = \"eur\"");
  }

  @Test
  void enumWithoutConstants() {
    JavaFileObject f = card(FORM_ON_F, "record F(@Input(label = \"E\") Empty e) {}", "enum Empty {}");
    assertThat(compile(f)).hadErrorContaining("'e' is the enum Empty, which has no constants, so the input would have no options")
        .inFile(f).onLineContaining("Empty e");
  }

  @Test
  void optionLabelOffAnEnumConstant() {
    JavaFileObject f = card(FORM_ON_F, "record F(@Input(label = \"T\") String t) {}",
        "class Holder { @OptionLabel(\"Low\") String level; }");
    assertThat(compile(f)).hadErrorContaining(
            "@OptionLabel labels an enum constant shown as a form option or a chart category; level is not one."
                + " Move it onto a constant")
        .inFile(f).onLineContaining("@OptionLabel(\"Low\")");
  }

  @Test
  void optionLabelOnAFormMember() {
    JavaFileObject f = card(FORM_ON_F, "record F(@Input(label = \"T\") @OptionLabel(\"Tee\") String t) {}");
    assertThat(compile(f)).hadErrorContaining("t is not one. Move it onto a constant of the enum")
        .inFile(f).onLineContaining("@OptionLabel(\"Tee\")");
  }

  @Test
  void blankOptionLabel() {
    JavaFileObject f = card(FORM_ON_F, "record F(@Input(label = \"E\") Pick e) {}", "enum Pick { A, @OptionLabel(\"\") B }");
    assertThat(compile(f)).hadErrorContaining("@OptionLabel must not be blank").inFile(f).onLineContaining("@OptionLabel(\"\")");
  }

  @Test
  void aMistakeInAnEnumThreeInputsTakeIsReportedOnce() {
    JavaFileObject f = card(FORM_ON_F,
        "record F(@Input(label = \"One\") Pick one, @Input(label = \"Some\") java.util.Set<Pick> some,",
        "    @Input(label = \"Many\") java.util.List<Pick> many) {}",
        "enum Pick { A, @OptionLabel(\" \") B }");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("@OptionLabel must not be blank").inFile(f).onLineContaining("@OptionLabel(\" \")");
    assertThat(c).hadErrorCount(1);
  }

  /** A card whose form F has an input 'e' of the enum Hidden, declared in F as {@code hidden}. */
  private static JavaFileObject hiddenIn(String hidden) {
    return card(FORM_ON_F, "record F(@Input(label = \"E\") Hidden e) {", "  " + hidden, "}");
  }

  @Test
  void privateEnum() {
    JavaFileObject f = hiddenIn("private enum Hidden { A }");
    assertThat(compile(f)).hadErrorContaining("The enum Hidden of 'e' is not visible to the generated")
        .inFile(f).onLineContaining("Hidden e");
  }

  @Test
  void aPrivateEnumWithoutConstantsHasBothErrors() {
    JavaFileObject f = hiddenIn("private enum Hidden {}");
    Compilation c = compile(f);
    assertThat(c).hadErrorContaining("The enum Hidden of 'e' is not visible to the generated")
        .inFile(f).onLineContaining("Hidden e");
    assertThat(c).hadErrorContaining("'e' is the enum Hidden, which has no constants").inFile(f).onLineContaining("Hidden e");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void twoFormIdsThatDifferInTheFirstLettersCaseAreAnError() {
    JavaFileObject f = card(
        FORM_ON_F + "\n@Action(id = \"Report\", type = FORM, label = \"Report too\", form = F.class,"
            + " uri = \"https://bugs.example.com/report-too\")",
        "record F(@Input(label = \"S\") String s) {}");
    assertThat(compile(f))
        .hadErrorContaining("@Action id \"Report\" differs from the form action \"report\" only in its first"
            + " letter's case; both would name the generated ReportFormReader. Give one of them another id.")
        .inFile(f).onLineContaining("id = \"Report\"");
  }

  @Test
  void aFormInAnotherPackageNeedsItsConstructorAndEnumsPublic() {
    JavaFileObject form = JavaFileObjects.forSourceLines("test.forms.Edit",
        "package test.forms;",
        "import dev.crmcards.Input;",
        "public class Edit {",
        "  @Input(label = \"Name\") public final String name;",
        "  @Input(label = \"Level\") public final Level level;",
        "  Edit(String name, Level level) { this.name = name; this.level = level; }",
        "  enum Level { LOW, HIGH }",
        "}");
    JavaFileObject f = card(
        "@Action(id = \"edit\", type = FORM, label = \"Edit\", form = test.forms.Edit.class,"
            + " uri = \"https://bugs.example.com/edit\")");
    var compilation = compile(f, form);
    assertThat(compilation).hadErrorContaining("Edit needs a constructor taking its @Input fields in declaration order"
        + " (java.lang.String, test.forms.Edit.Level), public,").inFile(form).onLineContaining("public class Edit");
    assertThat(compilation).hadErrorContaining("The enum Level of 'level' is not visible to the generated")
        .inFile(form).onLineContaining("public final Level level");
  }
}

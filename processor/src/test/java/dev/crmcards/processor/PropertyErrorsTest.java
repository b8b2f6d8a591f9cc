package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.assertOnlyErrorOn;
import static dev.crmcards.processor.Cards.card;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @CardProperty} and {@code @StatusOption} misused. */
class PropertyErrorsTest {

  private static JavaFileObject record(String... components) {
    String[] all = new String[components.length + 1];
    all[0] = "@ObjectId long id, @Title String title,";
    System.arraycopy(components, 0, all, 1, components.length);
    return Cards.recordCard(List.of("enum Priority { HIGH, MEDIUM, LOW }"), all);
  }

  @Test
  void blankLabel() {
    JavaFileObject f = record("@CardProperty(label = \" \") String project");
    assertThat(compile(f))
        .hadErrorContaining("@CardProperty label of 'project' must not be blank")
        .inFile(f).onLineContaining("label = \" \"");
  }

  @Test
  void repeatedNameAfterRename() {
    JavaFileObject f = record(
        "@CardProperty(label = \"Type\") String type,",
        "@CardProperty(name = \"type\", label = \"Kind\") String kind");
    assertThat(compile(f))
        .hadErrorContaining("Property name 'type' is already used by 'type'")
        .inFile(f).onLineContaining("name = \"type\", label = \"Kind\"");
  }

  @Test
  void reservedName() {
    JavaFileObject f = record("@CardProperty(name = \"actions\", label = \"Actions\") String todo");
    assertThat(compile(f))
        .hadErrorContaining("Property name 'actions' is reserved")
        .inFile(f).onLineContaining("name = \"actions\"");
  }

  /** JSON readers may make a "__proto__" key the object's prototype; the card's own reads handle any other name. */
  @Test
  void aNameNoCardCanCarry() {
    JavaFileObject f = record("@CardProperty(label = \"Proto\") String __proto__");
    assertThat(compile(f))
        .hadErrorContaining("Property name '__proto__' cannot travel to the card")
        .inFile(f).onLineContaining("String __proto__");
    assertThat(compile(f)).hadErrorContaining("Rename the member, e.g. 'proto', or name the property with"
        + " @CardProperty(name = \"proto\")");
    JavaFileObject renamed = record("@CardProperty(name = \"__proto__\", label = \"Proto\") String proto");
    assertThat(compile(renamed))
        .hadErrorContaining("Property name '__proto__' cannot travel to the card")
        .inFile(renamed).onLineContaining("name = \"__proto__\"");
  }

  /** What Object.prototype has besides __proto__ is fine: the card reads only own properties. */
  @Test
  void objectPrototypeNamesCompile() {
    assertThat(compile(record(
            "@CardProperty(label = \"Ctor\") String constructor,",
            "@CardProperty(label = \"Value\") String valueOf")))
        .succeeded();
  }

  @Test
  void reservedDefaultNameIsReportedOnTheAnnotation() {
    JavaFileObject f = record("@CardProperty(label = \"Link\") String link");
    assertThat(compile(f))
        .hadErrorContaining("Property name 'link' is reserved")
        .inFile(f).onLineContaining("@CardProperty(label = \"Link\") String link");
  }

  @Test
  void javaTypeNotAcceptedListsTheAcceptedOnes() {
    JavaFileObject f = record("@CardProperty(label = \"Created\", type = DATE) String created");
    assertThat(compile(f))
        .hadErrorContaining("@CardProperty(type = DATE) does not accept java.lang.String ('created'); "
            + "DATE accepts java.time.LocalDate. java.lang.String fits type = EMAIL or LINK or STATUS or STRING.")
        .inFile(f).onLineContaining("type = DATE");
  }

  @Test
  void currencyRejectsInt() {
    JavaFileObject f = record("@CardProperty(label = \"Amount\", type = CURRENCY) int amount");
    assertThat(compile(f))
        .hadErrorContaining("CURRENCY accepts long, double, Long, Double or java.math.BigDecimal")
        .inFile(f).onLineContaining("type = CURRENCY");
  }

  @Test
  void currencyCodeOnANonCurrencyProperty() {
    JavaFileObject f = record(
        "@CardProperty(label = \"Note\",",
        "    currencyCode = \"EUR\") String note");
    assertOnlyErrorOn(compile(f),
        "currencyCode is for CURRENCY properties only; 'note' is STRING. Remove currencyCode, "
            + "or set type = PropertyType.CURRENCY.",
        f, "currencyCode = \"EUR\"");
  }

  @Test
  void currencyCodeThatIsNoCurrency() {
    JavaFileObject f = record(
        "@CardProperty(label = \"Total\", type = CURRENCY,",
        "    currencyCode = \"eur\") BigDecimal total");
    assertOnlyErrorOn(compile(f),
        "currencyCode \"eur\" is not an ISO 4217 currency code (three upper-case letters such as USD, EUR, GBP).",
        f, "currencyCode = \"eur\"");
  }

  @Test
  void currencyCodeOnACurrencyPropertyCompiles() {
    Cards.assertSucceededWithoutWarnings(
        compile(record("@CardProperty(label = \"Total\", type = CURRENCY, currencyCode = \"EUR\") BigDecimal total")));
  }

  @Test
  void statusWithoutOptions() {
    JavaFileObject f = record("@CardProperty(label = \"State\", type = STATUS) String state");
    assertThat(compile(f))
        .hadErrorContaining("STATUS property 'state' needs options")
        .inFile(f).onLineContaining("type = STATUS");
  }

  @Test
  void optionsOnANonStatusProperty() {
    JavaFileObject f = record(
        "@CardProperty(label = \"State\", type = STRING,",
        "    options = @StatusOption(name = \"OPEN\")) String state");
    assertThat(compile(f))
        .hadErrorContaining("options are for STATUS properties only; 'state' is STRING")
        .inFile(f).onLineContaining("options = @StatusOption(name = \"OPEN\")");
  }

  /** The checker warns of the same label for every client (DefinitionCheckTest). */
  @Test
  void blankStatusOptionLabel() {
    JavaFileObject f = record(
        "@CardProperty(label = \"State\", type = STATUS, options = {",
        "    @StatusOption(name = \"OPEN\", label = \"  \"),",
        "    @StatusOption(name = \"DONE\")}) String state");
    assertThat(compile(f))
        .hadErrorContaining("@StatusOption label of \"OPEN\" must not be blank: it is the text of the option's tag in"
            + " the card. Give it text, or leave label out to show \"OPEN\".")
        .inFile(f).onLineContaining("label = \"  \"");
    assertThat(compile(f)).hadErrorCount(1);
  }

  @Test
  void repeatedOptionName() {
    JavaFileObject f = record(
        "@CardProperty(label = \"State\", type = STATUS, options = {",
        "    @StatusOption(name = \"OPEN\"),",
        "    @StatusOption(name = \"OPEN\", label = \"Again\")}) String state");
    assertThat(compile(f))
        .hadErrorContaining("@StatusOption name \"OPEN\" appears twice in 'state'")
        .inFile(f).onLineContaining("label = \"Again\"");
  }

  @Test
  void enumAndOptionsDifferNamesBothSidesAndSuggests() {
    JavaFileObject f = record(
        "@CardProperty(label = \"Priority\", type = STATUS, options = {",
        "    @StatusOption(name = \"HIGH\", type = DANGER),",
        "    @StatusOption(name = \"MEDUIM\", type = WARNING),",
        "    @StatusOption(name = \"LOW\", type = SUCCESS)}) Priority priority");
    assertThat(compile(f))
        .hadErrorContaining("The constants of enum Priority and the options of STATUS property 'priority' must match. "
            + "Constant MEDIUM has no option. Option \"MEDUIM\" matches no constant. Did you mean MEDIUM?")
        .inFile(f).onLineContaining("@CardProperty(label = \"Priority\"");
  }

  @Test
  void cardWithoutDisplayProperties() {
    JavaFileObject f = source("Bug", card(), "record Bug(@ObjectId long id, @Title String title) {}");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard class Bug has no @CardProperty member")
        .inFile(f).onLineContaining("@CrmCard(");
  }
}

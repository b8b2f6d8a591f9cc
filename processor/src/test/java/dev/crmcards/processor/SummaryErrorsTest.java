package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.assertErrorOn;
import static dev.crmcards.processor.Cards.assertOnlyErrorOn;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in a card's summary class: its kind, its {@code @Statistic} and {@code @Chart} members. */
class SummaryErrorsTest {

  private static final JavaFileObject CARD =
      ViewErrorsTest.order(
          "  layout = CardLayout.TABLE,\n  summary = OrderSummary.class", ViewErrorsTest.TOTAL);

  private static final JavaFileObject MONTH_COUNT =
      source("MonthCount", "record MonthCount(String month, long orders, LocalDate start, boolean busy) {}");

  /** {@code test.OrderSummary} with these components. */
  private static JavaFileObject summary(String... components) {
    return source("OrderSummary", "record OrderSummary(", String.join(",\n", components), ") {}");
  }

  /** {@code test.OrderSummary}, a class of these member lines. */
  private static JavaFileObject summaryClass(String... members) {
    List<String> lines = new ArrayList<>(List.of("class OrderSummary {"));
    lines.addAll(List.of(members));
    lines.add("}");
    return source("OrderSummary", lines.toArray(new String[0]));
  }

  /** A summary of the one member {@code chart}, over MonthCount points, has {@code error} on the line of {@code line}. */
  private static void assertChartError(String chart, String error, String line) {
    JavaFileObject s = summary(chart);
    assertErrorOn(compile(CARD, s, MONTH_COUNT), error, s, line);
  }

  @Test
  void aSummaryWithEveryKindOfMemberCompiles() {
    JavaFileObject s =
        summary(
            "@Statistic(label = \"Open\") long open",
            "@Statistic(label = \"Share\") double share",
            "@Statistic(label = \"Late\") Integer late",
            "@Statistic(label = \"Revenue\", type = CURRENCY, currencyCode = \"EUR\") BigDecimal revenue",
            "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\") List<MonthCount> perMonth",
            "@Chart(label = \"Per day\", type = ChartType.LINE, x = \"start\", y = \"orders\") List<MonthCount> perDay",
            "@Chart(label = \"By size\", type = ChartType.LINE, x = \"size\", y = \"orders\") List<SizeCount> bySize");
    JavaFileObject sizeCount = source("SizeCount", "record SizeCount(int size, long orders) {}");
    Cards.assertSucceededWithoutWarnings(compile(CARD, s, MONTH_COUNT, sizeCount));
  }

  @Test
  void aSummaryAboveTheLegacyTilesCompiles() {
    JavaFileObject tiles = ViewErrorsTest.order(
        "  summary = OrderSummary.class", "@CardProperty(label = \"Total\", type = CURRENCY) BigDecimal total");
    JavaFileObject s =
        summary(
            "@Statistic(label = \"Open\") long open",
            "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\") List<MonthCount> perMonth");
    Cards.assertSucceededWithoutWarnings(compile(tiles, s, MONTH_COUNT));
  }

  @Test
  void aFieldAndAGetterOfTheSameFigureAreAnError() {
    JavaFileObject s = summaryClass(
        "  @Statistic(label = \"Open\") long open;",
        "  @Statistic(label = \"Open too\") public long getOpen() { return open; }");
    assertThat(compile(CARD, s))
        .hadErrorContaining("'getOpen' is the summary's 'open', as 'open' already is; the answer would carry it"
            + " twice. Annotate one of them.")
        .inFile(s).onLineContaining("getOpen()");
  }

  @Test
  void aSummaryNoCardNamesIsWarnedOfAtEachFigureAndChart() {
    JavaFileObject s =
        summary(
            "@Statistic(label = \"Open\") long open",
            "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\") List<MonthCount> perMonth");
    JavaFileObject cardWithoutSummary = ViewErrorsTest.order("  layout = CardLayout.TABLE", ViewErrorsTest.TOTAL);
    var compilation = compile(cardWithoutSummary, s, MONTH_COUNT);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("@Statistic only shows in a card that names its class as the summary; no @CrmCard in "
            + "this compilation names OrderSummary. Name it with @CrmCard(summary = OrderSummary.class), or remove "
            + "the annotation.")
        .inFile(s).onLineContaining("long open");
    assertThat(compilation).hadWarningContaining("@Chart only shows in a card").inFile(s).onLineContaining("perMonth");
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void aStaticFigureOfASummaryNoCardNamesIsWarnedOfLikeTheOthers() {
    // The readers leave a static member out, which in a named summary is an error of its own;
    // unnamed, it shows nowhere, as its instance neighbours do.
    JavaFileObject s = summaryClass(
        "  @Statistic(label = \"Open\") long open;",
        "  @Statistic(label = \"All time\") static long allTime;");
    JavaFileObject cardWithoutSummary = ViewErrorsTest.order("  layout = CardLayout.TABLE", ViewErrorsTest.TOTAL);
    var compilation = compile(cardWithoutSummary, s);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("no @CrmCard in this compilation names OrderSummary")
        .inFile(s).onLineContaining("long open");
    assertThat(compilation).hadWarningContaining("no @CrmCard in this compilation names OrderSummary")
        .inFile(s).onLineContaining("static long allTime");
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void aSummaryJavacCannotFindIsJavacsErrorAloneWithoutWarningsOfUnnamedFigures() {
    JavaFileObject misspelt = ViewErrorsTest.order(
        "  layout = CardLayout.TABLE,\n  summary = OrderSumary.class", ViewErrorsTest.TOTAL);
    var compilation = compile(misspelt, summary("@Statistic(label = \"Open\") long open"));
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(misspelt).onLineContaining("OrderSumary");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void figuresInheritedByANamedSummaryAreNotWarnedOf() {
    JavaFileObject base =
        source("BaseFigures", "abstract class BaseFigures {", "  @Statistic(label = \"Open\") public long open() { return 1; }", "}");
    JavaFileObject s = source("OrderSummary", "class OrderSummary extends BaseFigures {",
        "  @Statistic(label = \"Late\") public long late() { return 0; }", "}");
    Cards.assertSucceededWithoutWarnings(compile(CARD, s, base));
  }

  @Test
  void aClassBesideTheNamedSummaryIsWarnedOfAlone() {
    JavaFileObject s = summary("@Statistic(label = \"Open\") long open");
    JavaFileObject unnamed = source("Unnamed", "class Unnamed {", "  @Statistic(label = \"Late\") long late;", "}");
    var compilation = compile(CARD, s, unnamed);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("no @CrmCard in this compilation names Unnamed")
        .inFile(unnamed).onLineContaining("long late");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aChartOnAMethodWithArgumentsIsAnError() {
    JavaFileObject s = summaryClass(
        "  @Statistic(label = \"Open\") long open;",
        "  @Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\")",
        "  public List<MonthCount> perMonth(int months) { return List.of(); }");
    assertThat(compile(CARD, s, MONTH_COUNT))
        .hadErrorContaining("@Chart on a method needs a no-arg method that returns the value; 'perMonth' takes"
            + " arguments. Make it return the value without arguments, or annotate a field.")
        .inFile(s).onLineContaining("@Chart(label");
  }

  @Test
  void aSummaryOfOnlyUnreadFiguresGetsTheirErrorsNotNoFigures() {
    JavaFileObject s = summaryClass(
        "  @Statistic(label = \"Open\") public void open() {}",
        "  @Statistic(label = \"Late\") public static long late() { return 0; }");
    var compilation = compile(CARD, s);
    assertThat(compilation)
        .hadErrorContaining("@Statistic on a method needs a no-arg method that returns the value; 'open' returns"
            + " nothing.")
        .inFile(s).onLineContaining("void open()");
    assertThat(compilation)
        .hadErrorContaining("@Statistic must be on an instance member: the card shows the values of the summary your"
            + " handler returns, and static 'late' is none of them. Remove static from 'late'.")
        .inFile(s).onLineContaining("static long late()");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aGenericSummaryClassIsRefused() {
    JavaFileObject s =
        source("OrderSummary", "class OrderSummary<N extends Number> {",
            "  @Statistic(label = \"Open\") public N open() { return null; }", "}");
    assertThat(compile(CARD, s))
        .hadErrorContaining("summary OrderSummary is generic (<N>); the card's summary needs types of its own."
            + " Name a class without type parameters, e.g. one that extends OrderSummary with its type arguments given.")
        .inFile(CARD).onLineContaining("summary = OrderSummary.class");
  }

  @Test
  void aGenericSummaryRecordIsToldToDropItsTypeParameters() {
    JavaFileObject s = source("OrderSummary", "record OrderSummary<N extends Number>(@Statistic(label = \"Open\") N open) {}");
    assertThat(compile(CARD, s))
        .hadErrorContaining("summary OrderSummary is generic (<N>); the card's summary needs types of its own."
            + " Declare the record without type parameters.")
        .inFile(CARD).onLineContaining("summary = OrderSummary.class");
  }

  @Test
  void summaryWithoutFiguresOrCharts() {
    JavaFileObject s = summary("long open");
    assertThat(compile(CARD, s))
        .hadErrorContaining("summary OrderSummary has no @Statistic or @Chart member, so the card would show "
            + "nothing above its objects. Annotate its members, e.g. @Statistic(label = \"Open orders\") long open, "
            + "or leave summary out.")
        .inFile(CARD).onLineContaining("summary = OrderSummary.class");
  }

  @Test
  void summaryThatIsAnInterface() {
    JavaFileObject s = source("OrderSummary", "interface OrderSummary {}");
    assertThat(compile(CARD, s))
        .hadErrorContaining("summary must be a record or class whose members carry @Statistic or @Chart")
        .inFile(CARD).onLineContaining("summary = OrderSummary.class");
  }

  @Test
  void statisticOfTheWrongType() {
    JavaFileObject s = summary("@Statistic(label = \"Open\") String open");
    assertThat(compile(CARD, s))
        .hadErrorContaining("@Statistic 'open' has type java.lang.String; a NUMERIC figure is long, int, short, "
            + "byte, double, float, Long, Integer, Short, Byte, Double, Float, java.math.BigDecimal or "
            + "java.math.BigInteger.")
        .inFile(s).onLineContaining("String open");
  }

  @Test
  void currencyOfANumberTypeNoCardPropertyTakesAsCurrency() {
    JavaFileObject s = summary("@Statistic(label = \"Revenue\", type = CURRENCY, currencyCode = \"EUR\") int revenue");
    assertThat(compile(CARD, s))
        .hadErrorContaining("@Statistic 'revenue' has type int; a CURRENCY figure is java.math.BigDecimal, long, "
            + "Long, double or Double. Make it a java.math.BigDecimal (an exact amount), or leave type out for a "
            + "plain number.")
        .inFile(s).onLineContaining("type = CURRENCY");
  }

  @Test
  void currencyNeedsCurrencyCode() {
    JavaFileObject s = summary("@Statistic(label = \"Revenue\",\n type = CURRENCY) BigDecimal revenue");
    assertThat(compile(CARD, s))
        .hadErrorContaining("A CURRENCY @Statistic needs currencyCode")
        .inFile(s).onLineContaining("type = CURRENCY");
  }

  @Test
  void currencyCodeThatIsNoCurrency() {
    JavaFileObject s = summary("@Statistic(label = \"Revenue\", type = CURRENCY,\n currencyCode = \"eur\") BigDecimal revenue");
    assertThat(compile(CARD, s))
        .hadErrorContaining("currencyCode \"eur\" is not an ISO 4217 currency code")
        .inFile(s).onLineContaining("currencyCode = \"eur\"");
  }

  @Test
  void currencyCodeOnANumericFigure() {
    JavaFileObject s = summary("@Statistic(label = \"Open\",\n currencyCode = \"EUR\") long open");
    assertThat(compile(CARD, s))
        .hadErrorContaining("currencyCode is for CURRENCY figures only; 'open' is NUMERIC. Remove currencyCode, "
            + "or set type = PropertyType.CURRENCY.")
        .inFile(s).onLineContaining("currencyCode = \"EUR\"");
  }

  @Test
  void statisticOfAnotherDataType() {
    JavaFileObject s = summary("@Statistic(label = \"Since\",\n type = DATE) LocalDate since");
    assertThat(compile(CARD, s))
        .hadErrorContaining("@Statistic type DATE is not a figure's type; use NUMERIC or CURRENCY.")
        .inFile(s).onLineContaining("type = DATE");
  }

  @Test
  void blankStatisticLabel() {
    JavaFileObject s = summary("@Statistic(label = \" \") long open");
    assertThat(compile(CARD, s))
        .hadErrorContaining("@Statistic label of 'open' must not be blank")
        .inFile(s).onLineContaining("label = \" \"");
  }

  @Test
  void chartOfGenericPoints() {
    JavaFileObject point = source("Point", "record Point<X>(X x, long y, String label) {}");
    JavaFileObject s =
        summary("@Chart(label = \"Per month\", type = ChartType.BAR, x = \"label\", y = \"y\") List<Point<String>> perMonth");
    assertThat(compile(CARD, s, point))
        .hadErrorContaining("@Chart 'perMonth' has points of the generic type Point<X>; a point's x and y need types "
            + "of their own. Declare a point without type parameters, e.g. record MonthCount(String month, long orders).")
        .inFile(s).onLineContaining("perMonth");
  }

  @Test
  void chartXNamingNoMember() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR,\n x = \"mnth\", y = \"orders\") List<MonthCount> perMonth",
        "@Chart x = \"mnth\" names no member of MonthCount. Did you mean 'month'? "
            + "Its members: month, orders, start, busy.",
        "x = \"mnth\"");
  }

  @Test
  void chartYNamingNoMember() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\",\n y = \"count\") List<MonthCount> perMonth",
        "@Chart y = \"count\" names no member of MonthCount.",
        "y = \"count\"");
  }

  @Test
  void chartYThatIsNoNumber() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\",\n y = \"busy\") List<MonthCount> perMonth",
        "@Chart y names 'busy' of MonthCount, which has type boolean; y is the value of a point, "
            + "a number",
        "y = \"busy\"");
  }

  @Test
  void chartXAndYNamingOneMember() {
    assertChartError(
        "@Chart(label = \"By size\", type = ChartType.LINE, x = \"orders\",\n y = \"orders\") List<MonthCount> bySize",
        "@Chart x and y both name \"orders\" of MonthCount, so each point would carry \"orders\""
            + " twice. Give y another member of MonthCount, the number each point stands for.",
        "y = \"orders\"");
  }

  @Test
  void chartXOfAnotherType() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR,\n x = \"busy\", y = \"orders\") List<MonthCount> perMonth",
        "@Chart x names 'busy' of MonthCount, which has type boolean; x is a String or an enum (a category), "
            + "a java.time.LocalDate or a number.",
        "x = \"busy\"");
  }

  /** A summary of one chart by status, over {@code points}, whose x names their status. */
  private static JavaFileObject byStatus(String points) {
    return summary(
        "@Chart(label = \"By status\", type = ChartType.BAR,\n x = \"status\", y = \"orders\") List<" + points + "> byStatus");
  }

  /** {@code test.Holder}: its enum Status, declared as {@code status}, and StatusCount points by it. */
  private static JavaFileObject holder(String status) {
    return source("Holder", "class Holder {", "  " + status, "  record StatusCount(Status status, long orders) {}", "}");
  }

  @Test
  void chartXOfAnEnumTheGeneratedCodeCannotNameIsAnErrorOnX() {
    JavaFileObject s = byStatus("Holder.StatusCount");
    assertOnlyErrorOn(compile(CARD, s, holder("private enum Status { OPEN, CLOSED }")),
        "@Chart x names 'status' of StatusCount, the enum Status, which is private, or package-private in another"
            + " package, so the generated code cannot name its constants. Make it public, or move it into the"
            + " card's package.",
        s, "x = \"status\"");
  }

  @Test
  void chartXOfAnEnumWithoutConstantsIsAnErrorOnX() {
    JavaFileObject s = byStatus("StatusCount");
    assertOnlyErrorOn(
        compile(CARD, s, source("StatusCount", "record StatusCount(Status status, long orders) {}"),
            source("Status", "enum Status {}")),
        "@Chart x names 'status' of StatusCount, the enum Status, which has no constants, so no point could have"
            + " a category. Add constants to Status.",
        s, "x = \"status\"");
  }

  @Test
  void chartXOfAnEnumTheGeneratedCodeCannotNameAndWithoutConstantsHasBothErrorsOnX() {
    JavaFileObject s = byStatus("Holder.StatusCount");
    Compilation compilation = compile(CARD, s, holder("private enum Status {}"));
    assertErrorOn(compilation, "the enum Status, which is private, or package-private in another package", s,
        "x = \"status\"");
    assertErrorOn(compilation, "the enum Status, which has no constants", s, "x = \"status\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void chartXOfAnEnumWithABlankOptionLabelIsAnErrorOnTheLabel() {
    JavaFileObject status = source("Status", "enum Status {", "  OPEN,", "  @OptionLabel(\" \") CLOSED", "}");
    assertOnlyErrorOn(
        compile(CARD, byStatus("StatusCount"), status,
            source("StatusCount", "record StatusCount(Status status, long orders) {}")),
        "@OptionLabel must not be blank: it is the constant's text in the card.",
        status, "@OptionLabel(\" \")");
  }

  @Test
  void aBlankOptionLabelOfAnEnumAFormAndAChartShareIsReportedOnce() {
    JavaFileObject card = source("Order",
        "@Action(id = \"report\", type = FORM, label = \"Report\", form = Report.class,",
        "  uri = \"https://shop.example.com/report\")",
        "@CrmCard(title = \"Orders\", targetUrl = \"https://shop.example.com/orders\", objectTypes = @ObjectType(COMPANIES),",
        "  layout = CardLayout.TABLE, summary = OrderSummary.class)",
        "record Order(@ObjectId long id, @Title String number, " + ViewErrorsTest.TOTAL + ") {}",
        "record Report(@Input(label = \"Status\") Status status) {}");
    JavaFileObject status = source("Status", "enum Status {", "  OPEN,", "  @OptionLabel(\" \") CLOSED", "}");
    assertOnlyErrorOn(
        compile(card, byStatus("StatusCount"), status,
            source("StatusCount", "record StatusCount(Status status, long orders) {}")),
        "@OptionLabel must not be blank", status, "@OptionLabel(\" \")");
  }

  @Test
  void chartThatIsNoList() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\") MonthCount perMonth",
        "@Chart 'perMonth' has type test.MonthCount; a chart is a java.util.List of points",
        "MonthCount perMonth");
  }

  @Test
  void chartOfJdkPoints() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"value\", y = \"hash\") List<String> perMonth",
        "@Chart 'perMonth' has points of type java.lang.String, a JDK class; a point is a record or class of your own"
            + " whose members x and y name. Declare one, e.g. record MonthCount(String month, long orders), and make"
            + " 'perMonth' a List of it.",
        "List<String> perMonth");
  }

  @Test
  void chartOfJdkPointsWhoseAxesArePublicMembersCompiles() {
    JavaFileObject s = summary(
        "@Chart(label = \"Spots\", type = ChartType.LINE, x = \"x\", y = \"y\") List<java.awt.Point> spots");
    Cards.assertSucceededWithoutWarnings(compile(CARD, s));
  }

  @Test
  void chartOfPointsWithoutMembers() {
    JavaFileObject s =
        summary("@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\") List<Empty> perMonth");
    assertThat(compile(CARD, s, source("Empty", "record Empty() {}")))
        .hadErrorContaining("@Chart 'perMonth' has points of type test.Empty, which has no members; a point is a record")
        .inFile(s).onLineContaining("List<Empty> perMonth");
  }

  @Test
  void chartWithoutX() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR, y = \"orders\") List<MonthCount> perMonth",
        "@Chart 'perMonth' needs x: the name of a member of MonthCount, e.g. x = \"month\".",
        "List<MonthCount> perMonth");
  }

  @Test
  void chartWithoutY() {
    // Its example is the first member y accepts, a number, not the first member.
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\")\n List<MonthCount> perMonth",
        "@Chart 'perMonth' needs y: the name of a member of MonthCount, e.g. y = \"orders\".",
        "@Chart(label");
  }

  /**
   * A chart over {@code test.OrderCount}, a record of {@code components}, that writes only {@code axis}
   * (e.g. {@code y = "orders"}) has {@code error} alone, on its line.
   */
  private static void assertOneAxisChartError(String components, String axis, String error) {
    JavaFileObject counts = source("OrderCount", "record OrderCount(" + components + ") {}");
    JavaFileObject s =
        summary("@Chart(label = \"Per month\", type = ChartType.BAR, " + axis + ") List<OrderCount> perMonth");
    Compilation compilation = compile(CARD, s, counts);
    assertOnlyErrorOn(compilation, error, s, "List<OrderCount> perMonth");
  }

  @Test
  void chartWithoutXSuggestsNoMemberYAlreadyNames() {
    // orders is the first member x accepts, but y names it: x = "orders" would be the next error.
    assertOneAxisChartError("long orders, String month", "y = \"orders\"",
        "@Chart 'perMonth' needs x: the name of a member of OrderCount, e.g. x = \"month\".");
  }

  @Test
  void chartWithoutYSuggestsNoMemberXAlreadyNames() {
    assertOneAxisChartError("long orders, String month, int late", "x = \"orders\"",
        "@Chart 'perMonth' needs y: the name of a member of OrderCount, e.g. y = \"late\".");
  }

  @Test
  void chartWithoutYWhenXNamesTheOnlyNumberSuggestsNothing() {
    assertOneAxisChartError("long orders, String month", "x = \"orders\"",
        "@Chart 'perMonth' needs y: the name of a member of OrderCount.");
  }

  @Test
  void chartXNamingNoMemberIsNotToldToNameWhatYNames() {
    // "ordrs" is closest to orders, which y already names.
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR,\n x = \"ordrs\", y = \"orders\") List<MonthCount> perMonth",
        "@Chart x = \"ordrs\" names no member of MonthCount. Its members: month, orders, start, busy.",
        "x = \"ordrs\"");
  }

  @Test
  void chartYNamingNoMemberIsNotToldToNameWhatXNames() {
    assertChartError(
        "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\",\n y = \"mnth\") List<MonthCount> perMonth",
        "@Chart y = \"mnth\" names no member of MonthCount. Its members: month, orders, start, busy.",
        "y = \"mnth\"");
  }

  /** {@code <pkg>.Invoice}, a second TABLE card, that names test.OrderSummary as its summary too. */
  private static JavaFileObject invoiceCard(String pkg) {
    return JavaFileObjects.forSourceLines(pkg + ".Invoice",
        "package " + pkg + ";",
        Cards.IMPORTS,
        "@CrmCard(title = \"Invoices\", targetUrl = \"https://shop.example.com/invoices\",",
        "  objectTypes = @ObjectType(COMPANIES), layout = CardLayout.TABLE, summary = test.OrderSummary.class)",
        "public record Invoice(@ObjectId long id, @Title String number, " + ViewErrorsTest.TOTAL + ") {}");
  }

  @Test
  void aSummaryTwoCardsNameHasEachErrorOnce() {
    JavaFileObject s = summary("@Statistic(label = \"Open\") String open");
    // compile-testing hides generated files of a failed compilation; the debug notes tell.
    Compilation compilation = compile(List.of("-Acrmcards.debug"), CARD, invoiceCard("test"), s);
    assertOnlyErrorOn(
        compilation, "@Statistic 'open' has type java.lang.String; a NUMERIC figure is", s, "String open");
    // The error is both cards': neither is generated.
    assertThat(compilation).hadNoteContaining("test.Order: not generated");
    assertThat(compilation).hadNoteContaining("test.Invoice: not generated");
  }

  @Test
  void aSummaryIsJudgedForEachPackageOfTheCardsThatNameIt() {
    // open is package-private: the generated OrderCrmCard, in test, reads it; other.InvoiceCrmCard cannot.
    JavaFileObject s =
        source("OrderSummary", "public class OrderSummary {", "  @Statistic(label = \"Open\") long open;", "}");
    JavaFileObject elsewhere = invoiceCard("other");
    // In either order: a verdict for one package is not the other's.
    List<String> debug = List.of("-Acrmcards.debug");
    for (Compilation compilation : List.of(compile(debug, CARD, elsewhere, s), compile(debug, elsewhere, CARD, s))) {
      assertOnlyErrorOn(compilation, "'open' is package-private in another package, so the generated InvoiceCrmCard"
          + " cannot read it. Make it public, or annotate a getter instead.", s, "long open");
      assertThat(compilation).hadNoteContaining("wrote META-INF/crmcards/order.json and test.OrderCrmCard");
      assertThat(compilation).hadNoteContaining("other.Invoice: not generated");
    }
  }

  @Test
  void aHandlerOfACardWithErrorsGetsOnlyTheCardsErrors() {
    JavaFileObject card =
        ViewErrorsTest.order("  layout = CardLayout.TABLE,\n  pageSize = 0,\n  summary = OrderSummary.class",
            ViewErrorsTest.TOTAL);
    JavaFileObject s = summary("@Statistic(label = \"Open\") long open");
    JavaFileObject handler =
        source(
            "Orders",
            "class Orders implements OrderCrmCard.Handler {",
            "  @Override public CardResponse<Order> fetch(dev.crmcards.FetchRequest r) { return CardResponse.empty(); }",
            "  @Override public OrderSummary summary(dev.crmcards.FetchRequest r) { return new OrderSummary(1); }",
            "}");
    assertThat(compile(card, s, handler)).hadErrorCount(1);
    assertThat(compile(card, s, handler)).hadErrorContaining("pageSize 0 is out of range").inFile(card).onLineContaining("pageSize = 0");
  }

  /**
   * {@code test.Shop}, holding the card {@code Order} and, declared before it as {@code figures},
   * the {@code Figures} it names as its summary.
   */
  private static JavaFileObject shopWithSummary(String... figures) {
    List<String> lines = new ArrayList<>(List.of("class Shop {"));
    lines.addAll(List.of(figures));
    lines.addAll(List.of(
        "  @CrmCard(title = \"Orders\", targetUrl = \"https://shop.example.com/orders\",",
        "    objectTypes = @ObjectType(COMPANIES),",
        "    layout = CardLayout.TABLE,",
        "    summary = Figures.class)",
        "  record Order(@ObjectId long id, @Title String number, " + ViewErrorsTest.TOTAL + ") {}",
        "}"));
    return source("Shop", lines.toArray(new String[0]));
  }

  @Test
  void anUnreachableSummaryIsAnErrorOnTheCardsSummary() {
    // Its card beside it may name it; the generated class, outside Shop, could not.
    JavaFileObject privateOne = shopWithSummary("  private record Figures(@Statistic(label = \"Open\") long open) {}");
    assertErrorOn(compile(privateOne),
        "summary Figures is private, or package-private in another package, so the generated OrderCrmCard cannot"
            + " use it. Make it public, or move it into the card's package (a static nested type).",
        privateOne, "summary = Figures.class");
    // Not static: the generated class has no Shop to make one in.
    JavaFileObject inner = shopWithSummary("  class Figures {", "    @Statistic(label = \"Open\") long open;", "  }");
    assertErrorOn(compile(inner), "summary Figures is private, or package-private in another package",
        inner, "summary = Figures.class");
  }

  @Test
  void privateFiguresAndChartsAreErrorsOnThem() {
    JavaFileObject s = summaryClass(
        "  @Statistic(label = \"Open\") long open;",
        "  @Statistic(label = \"Late\")",
        "  private long late;",
        "  @Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\")",
        "  private List<MonthCount> perMonth() { return List.of(); }");
    Compilation compilation = compile(CARD, s, MONTH_COUNT);
    assertErrorOn(compilation, "'late' is private, so the generated OrderCrmCard cannot read it. Make it"
        + " package-private or public, or annotate a getter instead.", s, "private long late");
    assertErrorOn(compilation, "'perMonth' is private, so the generated OrderCrmCard cannot read it.",
        s, "private List<MonthCount> perMonth()");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aChartOfPrivatePointsIsAnErrorOnTheChart() {
    JavaFileObject s = summaryClass(
        "  @Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\")",
        "  List<Bar> perMonth;",
        "  private record Bar(String month, long orders) {}");
    assertErrorOn(compile(CARD, s),
        "@Chart 'perMonth' has points of type Bar, which is private, or package-private in another package, so"
            + " the generated code cannot use it. Make it public, or move it into the card's package.",
        s, "@Chart(label");
  }

  @Test
  void chartXOrYNamingAPrivateMemberIsAnErrorOnThatAxis() {
    JavaFileObject bar = source("Bar", "class Bar {", "  private String month;", "  private long orders;", "}");
    JavaFileObject privateY = summary(
        "@Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\",\n y = \"orders\") List<Bar> perMonth");
    assertErrorOn(compile(CARD, privateY, bar),
        "@Chart y names 'orders' of Bar, which is private, or package-private in another package, so the"
            + " generated code cannot read it. Make it package-private or public, or name a getter.",
        privateY, "y = \"orders\"");
    JavaFileObject privateX = summary(
        "@Chart(label = \"Per month\", type = ChartType.BAR,\n x = \"month\", y = \"orders\") List<Bar> perMonth");
    assertErrorOn(compile(CARD, privateX, bar), "@Chart x names 'month' of Bar, which is private",
        privateX, "x = \"month\"");
  }

  @Test
  void blankChartLabel() {
    assertChartError(
        "@Chart(label = \"\", type = ChartType.BAR,\n x = \"month\", y = \"orders\") List<MonthCount> perMonth",
        "@Chart label of 'perMonth' must not be blank: the card shows it as the chart's title. Add label = \"...\".",
        "label = \"\"");
  }

  @Test
  void staticFigureAndChartFieldsAreErrorsOnTheirAnnotations() {
    JavaFileObject s = summaryClass(
        "  @Statistic(label = \"Open\") long open;",
        "  @Statistic(label = \"Late\")",
        "  static long late;",
        "  @Chart(label = \"Per month\", type = ChartType.BAR, x = \"month\", y = \"orders\")",
        "  static List<MonthCount> perMonth = List.of();");
    Compilation compilation = compile(CARD, s, MONTH_COUNT);
    assertErrorOn(compilation, "@Statistic must be on an instance member: the card shows the values of the summary"
        + " your handler returns, and static 'late' is none of them. Remove static from 'late'.",
        s, "@Statistic(label = \"Late\")");
    assertErrorOn(compilation, "@Chart must be on an instance member: the card shows the values of the summary your"
        + " handler returns, and static 'perMonth' is none of them. Remove static from 'perMonth'.",
        s, "@Chart(label");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void bothOnOneMember() {
    JavaFileObject s =
        summary("@Statistic(label = \"Open\") @Chart(label = \"x\", type = ChartType.BAR, x = \"month\", y = \"orders\") long open");
    assertThat(compile(CARD, s))
        .hadErrorContaining("'open' has both @Statistic and @Chart; a member is a figure or a chart.")
        .inFile(s).onLineContaining("long open");
  }
}

package dev.crmcards.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.compile;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in how a card asks to be shown (API.md §9): locations, layout, the TABLE-only
 * attributes and {@code sortable}. Each is an error on the attribute that makes it.
 */
class ViewErrorsTest {

  /** A card {@code test.Order} with {@code attributes} added to its {@code @CrmCard} and {@code components}. */
  static JavaFileObject order(String attributes, String... components) {
    String[] lines = new String[components.length + 7];
    lines[0] = "@CrmCard(title = \"Orders\", targetUrl = \"https://shop.example.com/orders\",";
    lines[1] = "  objectTypes = @ObjectType(COMPANIES),";
    lines[2] = attributes + ")";
    lines[3] = "record Order(";
    lines[4] = "  @ObjectId long id,";
    lines[5] = "  @Title String number" + (components.length == 0 ? "" : ",");
    for (int i = 0; i < components.length; i++) {
      lines[6 + i] = "  " + components[i] + (i + 1 < components.length ? "," : "");
    }
    lines[lines.length - 1] = ") {}";
    return source("Order", lines);
  }

  static final String TOTAL = "@CardProperty(label = \"Total\", type = CURRENCY, sortable = true) BigDecimal total";

  @Test
  void aTableThatShowsCompactSomewhereNotesTheColumnsItLeavesOut() {
    String[] columns = {TOTAL, "@CardProperty(label = \"Placed\", type = DATE) LocalDate placed",
        "@CardProperty(label = \"Status\", type = STRING) String status"};
    var compilation = compile(order(
        "  locations = {CardLocation.RECORD_TAB, CardLocation.RECORD_SIDEBAR, CardLocation.PREVIEW},"
            + " layout = CardLayout.TABLE", columns));
    Cards.assertSucceededWithoutWarnings(compilation);
    assertThat(compilation).hadNoteContaining(
        "crmcards: on RECORD_SIDEBAR and PREVIEW, card Order's table shows its first 2 of 3 columns, 'total' and"
            + " 'placed', in pages of at most 5 rows; on RECORD_TAB it shows all. Declare the columns to show there"
            + " first.");
    // On the record tab alone, or with no more columns than a compact table shows, there is nothing to note.
    for (Compilation quiet : java.util.List.of(
        compile(order("  locations = CardLocation.RECORD_TAB, layout = CardLayout.TABLE", columns)),
        compile(order("  layout = CardLayout.TABLE", columns[0], columns[1])))) {
      org.junit.jupiter.api.Assertions.assertFalse(
          quiet.notes().stream().anyMatch(note -> note.getMessage(null).contains("table shows its first")),
          quiet.notes().toString());
    }
  }

  @Test
  void aTableCardWithEveryAttributeCompiles() {
    JavaFileObject f =
        order(
            "  locations = {CardLocation.RECORD_TAB, CardLocation.RECORD_SIDEBAR}, layout = CardLayout.TABLE,"
                + " pageSize = 25, searchable = true",
            TOTAL,
            "@CardProperty(label = \"Placed\", type = DATE) LocalDate placed");
    Cards.assertSucceededWithoutWarnings(compile(f));
  }

  @Test
  void pageSizeOnTiles() {
    JavaFileObject f = order("  pageSize = 20", "@CardProperty(label = \"Total\") String total");
    assertThat(compile(f))
        .hadErrorContaining("pageSize is for TABLE cards only (rows per page); this card's layout is TILES. "
            + "Remove pageSize, or set layout = CardLayout.TABLE.")
        .inFile(f).onLineContaining("pageSize = 20");
  }

  @Test
  void searchableOnTilesEvenFalse() {
    JavaFileObject f = order("  searchable = false", "@CardProperty(label = \"Total\") String total");
    assertThat(compile(f))
        .hadErrorContaining("searchable is for TABLE cards only (a search box)")
        .inFile(f).onLineContaining("searchable = false");
  }

  @Test
  void pageSizeBelowOne() {
    JavaFileObject f = order("  layout = CardLayout.TABLE,\n  pageSize = 0", TOTAL);
    assertThat(compile(f))
        .hadErrorContaining("pageSize 0 is out of range: a TABLE page has 1 to 100 rows")
        .inFile(f).onLineContaining("pageSize = 0");
  }

  @Test
  void pageSizeAboveAHundred() {
    JavaFileObject f = order("  layout = CardLayout.TABLE,\n  pageSize = 101", TOTAL);
    assertThat(compile(f))
        .hadErrorContaining("pageSize 101 is out of range")
        .inFile(f).onLineContaining("pageSize = 101");
  }

  @Test
  void sortableOnTiles() {
    JavaFileObject f = order("  name = \"orders\"", TOTAL);
    assertThat(compile(f))
        .hadErrorContaining("sortable is for the columns of a TABLE card; this card's layout is TILES. "
            + "Remove sortable from 'total', or set @CrmCard(layout = CardLayout.TABLE).")
        .inFile(f).onLineContaining("sortable = true");
  }

  @Test
  void extraPropertiesOnATable() {
    JavaFileObject f = order("  layout = CardLayout.TABLE", TOTAL, "@ExtraProperties List<Property> extras");
    assertThat(compile(f))
        .hadErrorContaining("@ExtraProperties 'extras' gives each object properties of its own, which a TABLE card"
            + " never shows: its columns are its @CardProperty members, one each. Declare them as @CardProperty"
            + " members, or use layout = CardLayout.TILES.")
        .inFile(f).onLineContaining("@ExtraProperties List<Property> extras");
  }

  @Test
  void sortableNameStartingWithAMinus() {
    JavaFileObject f = order("  layout = CardLayout.TABLE",
        "@CardProperty(label = \"Change\", type = NUMERIC, sortable = true,\n    name = \"-change\") long change");
    assertThat(compile(f))
        .hadErrorContaining("Property name \"-change\" starts with \"-\", which a sort reads as descending order:"
            + " sort=-change sorts by \"change\" descending, so this column could never be sorted ascending. Rename"
            + " it without the leading \"-\", or remove sortable from 'change'.")
        .inFile(f).onLineContaining("name = \"-change\"");
  }

  @Test
  void helpdeskSidebarWithoutTickets() {
    JavaFileObject f =
        order("  locations = {CardLocation.RECORD_SIDEBAR,\n    CardLocation.HELPDESK_SIDEBAR}",
            "@CardProperty(label = \"Total\") String total");
    assertThat(compile(f))
        .hadErrorContaining("HELPDESK_SIDEBAR is the help desk's ticket sidebar, and this card is not on tickets. "
            + "Add @ObjectType(CrmObjectType.TICKETS) to objectTypes, or remove HELPDESK_SIDEBAR.")
        .inFile(f).onLineContaining("CardLocation.HELPDESK_SIDEBAR}");
  }

  @Test
  void helpdeskSidebarOnTickets() {
    JavaFileObject f =
        source(
            "Ticket",
            "@CrmCard(title = \"T\", targetUrl = \"https://shop.example.com/t\", objectTypes = @ObjectType(TICKETS),",
            "  locations = CardLocation.HELPDESK_SIDEBAR)",
            "record Ticket(@ObjectId long id, @Title String title, @CardProperty(label = \"P\") String p) {}");
    Cards.assertSucceededWithoutWarnings(compile(f));
  }

  @Test
  void repeatedLocation() {
    JavaFileObject f =
        order("  locations = {CardLocation.RECORD_TAB,\n    CardLocation.RECORD_TAB /* again */}",
            "@CardProperty(label = \"Total\") String total");
    assertThat(compile(f))
        .hadErrorContaining("Location RECORD_TAB is listed twice in @CrmCard locations; list each place once.")
        .inFile(f).onLineContaining("/* again */");
  }

  @Test
  void noLocation() {
    JavaFileObject f = order("  locations = {}", "@CardProperty(label = \"Total\") String total");
    assertThat(compile(f))
        .hadErrorContaining("@CrmCard locations must name at least one place")
        .inFile(f).onLineContaining("locations = {}");
  }

  @Test
  void errorsAreAllReportedAtOnce() {
    JavaFileObject f =
        order("  pageSize = 5,\n  searchable = true,\n  locations = {CardLocation.PREVIEW, CardLocation.PREVIEW}", TOTAL);
    Compilation c = compile(f);
    assertThat(c).hadErrorCount(4);
  }
}

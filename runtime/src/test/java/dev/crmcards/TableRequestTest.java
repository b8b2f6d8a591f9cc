package dev.crmcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A TABLE card's data fetch: page, pageSize, sort and q read and checked (API.md §9). */
class TableRequestTest {
  private static final String DEFAULTS =
      "userId=1&userEmail=a%40b.test&associatedObjectId=2&associatedObjectType=COMPANY&portalId=3";
  private static final TableParameters TABLE = TableParameters.of(10, true, "placed", "total_eur");

  private static FetchRequest table(String extra) {
    return FetchRequest.parse(DEFAULTS + extra, TABLE);
  }

  private static String problem(String extra, TableParameters table) {
    return assertThrows(InvalidRequestException.class, () -> FetchRequest.parse(DEFAULTS + extra, table))
        .getMessage();
  }

  @Test
  void notSentMeansFirstPageOfTheCardsSizeUnsortedUnsearched() {
    FetchRequest r = table("");
    assertThat(r.page()).isEqualTo(1);
    assertThat(r.pageSize()).isEqualTo(10);
    assertThat(r.sort()).isEmpty();
    assertThat(r.search()).isEmpty();
  }

  @Test
  void aMalformedEscapeInAValueNamesAParameterEveryRequestOrATableHas() {
    assertThat(problem("&page=%zz", TABLE)).isEqualTo("malformed percent-encoding in the query string (page)");
    assertThat(problem("&q=caf%C", TABLE)).isEqualTo("malformed percent-encoding in the query string (q)");
    assertThat(assertThrows(InvalidRequestException.class,
            () -> FetchRequest.parse(DEFAULTS.replace("userId=1", "userId=%zz"), TABLE)).getMessage())
        .isEqualTo("malformed percent-encoding in the query string (userId)");
    // A record property's plain name is named too; any other name is not repeated.
    assertThat(problem("&firstname=%zz", TABLE)).isEqualTo("malformed percent-encoding in the query string (firstname)");
    assertThat(problem("&fi%3Crst=%zz", TABLE)).isEqualTo("malformed percent-encoding in the query string");
    assertThat(problem("&" + "n".repeat(65) + "=%zz", TABLE)).isEqualTo("malformed percent-encoding in the query string");
  }

  @Test
  void escapesThatAreNotUtf8AreMalformedNotReplaced() {
    // A lone lead byte, a lead byte with an ASCII byte after it, a stray continuation byte, an
    // overlong '/', a UTF-16 surrogate.
    for (String bad : List.of("%C3", "%C3%28", "%A9", "%C0%AF", "%ED%A0%80")) {
      assertThat(problem("&firstname=" + bad, TABLE)).as(bad)
          .isEqualTo("malformed percent-encoding in the query string (firstname)");
      assertThat(problem("&q=caf" + bad, TABLE)).as(bad).isEqualTo("malformed percent-encoding in the query string (q)");
    }
    assertThat(assertThrows(InvalidRequestException.class,
            () -> FetchRequest.parse(DEFAULTS.replace("userEmail=", "userEmail=%C3"), TABLE)).getMessage())
        .isEqualTo("malformed percent-encoding in the query string (userEmail)");
    assertThat(table("&q=caf%C3%A9+%F0%9F%98%80").search()).hasValue("café 😀");
    // In a name: refused before the name is known.
    for (String bad : List.of("%C3", "%zz", "%C3%28")) {
      assertThat(problem("&na" + bad + "me=1", TABLE)).as(bad).isEqualTo("malformed percent-encoding in the query string");
    }
    // A named value beyond ASCII, decoded once by the decoder that judged it.
    assertThat(FetchRequest.parse(DEFAULTS.replace("userEmail=", "userEmail=z%C3%B6e%2B"), TABLE).userEmail())
        .startsWith("zöe+");
    // A literal character beyond ASCII stays as it is, a lone surrogate too, as in any other value.
    assertThat(FetchRequest.parse(DEFAULTS.replace("userEmail=", "userEmail=\uD800%C3%A9"), TABLE).userEmail())
        .startsWith("\uD800é");
  }

  @Test
  void readsEveryParameter() {
    FetchRequest r = table("&page=3&pageSize=100&sort=-total_eur&q=caf%C3%A9+au+lait");
    assertThat(r.page()).isEqualTo(3);
    assertThat(r.pageSize()).isEqualTo(100);
    assertThat(r.sort()).isEqualTo(Optional.of(new Sort("total_eur", true)));
    assertThat(r.search()).isEqualTo(Optional.of("café au lait"));
    assertThat(table("&sort=placed").sort()).isEqualTo(Optional.of(new Sort("placed", false)));
  }

  @Test
  void readsThemAsPropertiesWouldHoldThem() {
    // Looked up among the record properties without decoding the others: the same answers as
    // properties() gives, for names written with escapes, repeated names and properties around them.
    FetchRequest r = table("&firstname=Tim&p%61ge=2&page=5&pageSize=20&pageSize=30&q=%C3%A9t%C3%A9&email=x%40y.test");
    assertThat(r.page()).isEqualTo(2);
    assertThat(r.pageSize()).isEqualTo(20);
    assertThat(r.search()).isEqualTo(Optional.of("été"));
    assertThat(r.properties())
        .containsEntry("page", "2")
        .containsEntry("pageSize", "20")
        .containsEntry("q", "été")
        .containsEntry("firstname", "Tim")
        .containsEntry("email", "x@y.test");
    assertThat(table("&pageSiz=7&pages=9&sor=placed").page()).isEqualTo(1);
    assertThat(table("&pageSiz=7&pages=9&sor=placed").pageSize()).isEqualTo(10);
    assertThat(table("&pageSiz=7&pages=9&sor=placed").sort()).isEmpty();
  }

  @Test
  void anEmptySearchIsNoSearch() {
    assertThat(table("&q=").search()).isEmpty();
  }

  @Test
  void badPages() {
    for (String page : new String[] {"0", "000", "-1", "1.5", "", "x", "+2", "21474837", "2147483648", "99999999999"}) {
      assertThat(problem("&page=" + page, TABLE)).isEqualTo("page must be a whole number from 1 to 21474836");
    }
  }

  @Test
  void pagesUpToTheOneWhoseRowsAnIntCanCountWithLeadingZerosIgnored() {
    assertThat(table("&page=21474836&pageSize=100").page()).isEqualTo(21474836);
    assertThat((long) table("&page=21474836&pageSize=100").page() * 100).isLessThanOrEqualTo(Integer.MAX_VALUE);
    assertThat(table("&page=000000000000002").page()).isEqualTo(2);
  }

  @Test
  void aSearchOfAtMostTwoHundredCharacters() {
    String longest = "é".repeat(200);
    assertThat(table("&q=" + "%C3%A9".repeat(200)).search()).contains(longest);
    assertThat(problem("&q=" + "%C3%A9".repeat(201), TABLE)).isEqualTo("q must be at most 200 characters");
    assertThat(problem("&q=" + "a".repeat(5000), TABLE)).isEqualTo("q must be at most 200 characters");
    // Trimmed as the card trims it: white space around the text does not count, and alone is no search.
    assertThat(table("&q=%C2%A0" + "a".repeat(200) + "+%E2%80%A8").search()).contains("a".repeat(200));
    assertThat(table("&q=+%09%C2%A0").search()).isEmpty();
    // A card without a search box does not read q at all.
    TableParameters notSearchable = TableParameters.of(10, false, "placed");
    assertThat(FetchRequest.parse(DEFAULTS + "&q=" + "a".repeat(5000), notSearchable).search()).isEmpty();
  }

  @Test
  void badPageSizes() {
    for (String size : new String[] {"0", "101", "ten", ""}) {
      assertThat(problem("&pageSize=" + size, TABLE)).isEqualTo("pageSize must be a whole number from 1 to 100");
    }
  }

  @Test
  void sortOnAPropertyThatIsNotSortable() {
    assertThat(problem("&sort=-buyer", TABLE))
        .isEqualTo("sort names a property this card cannot sort by (sortable: placed, total_eur)");
    assertThat(problem("&sort=placed", TableParameters.of(10, false)))
        .isEqualTo("sort names a property this card cannot sort by (it has none)");
    assertThat(problem("&sort=-", TABLE)).startsWith("sort must be a property's name");
  }

  @Test
  void aCardWithoutSearchIgnoresQ() {
    assertThat(FetchRequest.parse(DEFAULTS + "&q=x", TableParameters.of(5, false)).search()).isEmpty();
  }

  @Test
  void aCardThatIsNoTableIgnoresEveryTableParameter() {
    FetchRequest r = FetchRequest.parse(DEFAULTS + "&page=0&pageSize=x&sort=nope&q=x");
    assertThat(r.page()).isEqualTo(1);
    assertThat(r.pageSize()).isEqualTo(10);
    assertThat(r.sort()).isEmpty();
    assertThat(r.search()).isEmpty();
    assertThat(r.properties()).containsEntry("page", "0");
  }

  @Test
  void totalIsKeptAndNeverNegative() {
    assertThat(CardResponse.builder(java.util.List.of("a")).total(7).build().total().getAsLong()).isEqualTo(7);
    assertThat(CardResponse.of(java.util.List.of("a")).total()).isEmpty();
    assertThrows(IllegalArgumentException.class, () -> CardResponse.builder(java.util.List.of()).total(-1));
  }
}

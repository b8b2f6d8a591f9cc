package dev.crmcards.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The tester judges a TABLE card's paging as check does, asking for the next page when the card offers it. */
class TablePagingTesterTest {
  private static final String FETCH = "https://billing.acme.test/hubspot/shipments";

  /** Answers what {@code answer} makes of each request, and remembers the pages asked for. */
  static final class Shipments implements ShipmentCrmCard.Handler {
    final List<Integer> pagesAsked = new ArrayList<>();
    private final Function<FetchRequest, CardResponse<Shipment>> answer;

    Shipments(Function<FetchRequest, CardResponse<Shipment>> answer) {
      this.answer = answer;
    }

    @Override
    public CardResponse<Shipment> fetch(FetchRequest request) {
      pagesAsked.add(request.page());
      return answer.apply(request);
    }

    @Override
    public Shipment.Totals summary(FetchRequest request) {
      return new Shipment.Totals(0, List.of());
    }
  }

  private static List<Shipment> shipments(int first, int count) {
    List<Shipment> rows = new ArrayList<>();
    for (int id = first; id < first + count; id++) {
      rows.add(new Shipment(id, "Shipment " + id, LocalDate.of(2026, 1, 1).plusDays(id)));
    }
    return rows;
  }

  private static CardTester.Answer page(Shipments handler, int page) {
    try (CardTester tester = CardTester.of(ShipmentCrmCard.routes(handler))) {
      return tester.fetch(FETCH).page(page, 10).send();
    }
  }

  /** Ignores the page asked for: the same ten rows, and a total of 25, for every page. */
  private final Shipments ignoring =
      new Shipments(request -> CardResponse.builder(shipments(1, 10)).total(25).build());

  /** Answers ten rows with a total of 3, whichever page is asked for. */
  private final Shipments contradicting =
      new Shipments(request -> CardResponse.builder(shipments(1, 10)).total(3).build());

  @Test
  void aServerIgnoringThePageIsAProblemOfEachPageTheCardTurnsFrom() {
    CardTester.Answer first = page(ignoring, 1);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.problems()).containsExactly(
        "$.results: [app-card] page 2 answered the same objects as page 1, so the card pages through the same rows:"
            + " the server ignores the page asked for; answer the rows of the page asked for (page and pageSize:"
            + " FetchRequest.page() and pageSize() in a crmcards handler)");
    assertThat(first.warnings()).isEmpty();
    assertThat(ignoring.pagesAsked).as("the next page, asked for in process").containsExactly(1, 2);

    CardTester.Answer second = page(ignoring, 2);
    assertThat(second.problems()).singleElement().asString().contains("page 3 answered the same objects as page 2");
    assertThat(second.warnings())
        .singleElement().asString().contains("page 3 of pageSize 10 answered 10 rows and a total of 25");

    CardTester.Answer last = page(ignoring, 3);
    assertThat(last.problems()).isEmpty();
    assertThat(last.warnings()).containsExactly(
        "$.total: [app-card] warning: page 3 of pageSize 10 answered 10 rows and a total of 25, fewer than the 30"
            + " objects up to the end of that page; the card shows them, but offers only the pages the total fills, so"
            + " objects past it cannot be reached; count the objects of all pages in total (CardResponse.Builder.total"
            + " in a crmcards handler)");
  }

  @Test
  void rowsOnAPagePastTheTotalAreAProblem() {
    CardTester.Answer second = page(contradicting, 2);
    assertThat(contradicting.pagesAsked).as("the total offers no page after it").containsExactly(2);
    assertThat(second.problems()).containsExactly(
        "$.total: [app-card] page 2 of pageSize 10 answered 10 rows and a total of 3, which fills only page 1, so the"
            + " card steps back to page 1 and never shows these rows; count the objects of all pages in total"
            + " (CardResponse.Builder.total in a crmcards handler), and answer no rows for a page past them");
  }

  @Test
  void aServerThatPagesIsCleanThoughAskedForTheNextPageToo() {
    Shipments paging = new Shipments(request -> {
      int first = (request.page() - 1) * request.pageSize() + 1;
      int rows = Math.max(0, Math.min(request.pageSize(), 25 - first + 1));
      return CardResponse.builder(shipments(first, rows)).total(25).build();
    });

    CardTester.Answer first = page(paging, 1);
    assertThat(first.problems()).isEmpty();
    assertThat(first.warnings()).isEmpty();
    assertThat(paging.pagesAsked).containsExactly(1, 2);
    assertThat(page(paging, 3).problems()).isEmpty();
    assertThat(paging.pagesAsked).as("a page that is not full needs no next").containsExactly(1, 2, 3);
  }
}

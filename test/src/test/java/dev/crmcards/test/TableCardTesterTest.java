package dev.crmcards.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tester asks a TABLE card for pages and judges its answers with the card's view. */
class TableCardTesterTest {
  private static final String FETCH = "https://billing.acme.test/hubspot/shipments";

  /** 45 shipments, paged as asked. */
  static final class Shipments implements ShipmentCrmCard.Handler {
    final List<FetchRequest> received = new ArrayList<>();

    @Override
    public CardResponse<Shipment> fetch(FetchRequest request) {
      received.add(request);
      List<Shipment> page = new ArrayList<>();
      int first = (request.page() - 1) * request.pageSize() + 1;
      for (int id = first; id < first + request.pageSize() && id <= 45; id++) {
        page.add(new Shipment(id, "Shipment " + id, LocalDate.of(2026, 1, 1).plusDays(id)));
      }
      return CardResponse.builder(page).total(45).build();
    }

    @Override
    public Shipment.Totals summary(FetchRequest request) {
      return new Shipment.Totals(45, List.of(new Shipment.DayCount(LocalDate.of(2026, 1, 2), 45)));
    }
  }

  private final Shipments shipments = new Shipments();
  private final CardTester tester = CardTester.of(ShipmentCrmCard.routes(shipments));

  @AfterEach
  void close() {
    tester.close();
  }

  @Test
  void aFirstPageOfTwentyWithTotalAndSummaryIsClean() {
    CardTester.Answer a = tester.fetch(FETCH).page(1, 20).sort("sent", true).send();
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.problems()).isEmpty();
    assertThat(a.warnings()).isEmpty();
    assertThat(a.body()).contains("\"total\":45,\"summary\":{\"count\":\"45\",\"perDay\":[{\"day\":\"2026-01-02\",\"count\":45}]}");
    assertThat(shipments.received.get(0).sort()).hasValueSatisfying(s -> assertThat(s.descending()).isTrue());
  }

  @Test
  void laterPagesComeWithoutTheSummary() {
    CardTester.Answer a = tester.fetch(FETCH).page(3, 20).search("x").send();
    assertThat(a.problems()).isEmpty();
    assertThat(a.body()).doesNotContain("summary").contains("\"total\":45");
    assertThat(shipments.received.get(0).search()).isEmpty(); // the card has no search box
  }

  @Test
  void aNullSearchOrSortSaysToLeaveItOut() {
    assertThatThrownBy(() -> tester.fetch(FETCH).search(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("search text is null; leave search(...) out for no search");
    assertThatThrownBy(() -> tester.fetch(FETCH).sort(null, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sort's property is null; leave sort(...) out for the card's own order");
  }

  @Test
  void aBadPageIsA400NamingIt() {
    CardTester.Answer a = tester.fetch(FETCH).page(0, 20).send();
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body()).contains("page must be a whole number from 1 to 21474836");
    assertThat(shipments.received).isEmpty();
  }
}

package dev.crmcards.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A TABLE card served by the starter, behind Spring's filters, over HTTP as HubSpot's proxy sends
 * its fetches: paging, sorting and search on the server, the total, the summary on the first page
 * only, the search trimmed and decoded as the runtime reads it on any container, a 400 naming the
 * parameter for every bad one before the handler runs, and a 401 for an unsigned fetch. The
 * handler is a bean (imported here), which is all the starter needs to serve its card.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "crmcards.client-secret=" + PaymentsTableTest.SECRET)
@Import(PaymentLedger.class)
class PaymentsTableTest {
  static final String SECRET = "payments-test-secret";
  private static final String PAYMENTS = "/hubspot/payments" + HubSpotClient.QUERY;
  /** Page 1's summary without a search: 25 payments of 100 to 340 EUR, five of each payer. */
  private static final String ALL_PAYMENTS =
      "{\"payments\":\"25\",\"received\":\"5500\",\"perPayer\":["
          + "{\"payer\":\"Ada Lovelace\",\"payments\":5},"
          + "{\"payer\":\"Grace Hopper\",\"payments\":5},"
          + "{\"payer\":\"Smith + Sons\",\"payments\":5},"
          + "{\"payer\":\"Hedy Lamarr\",\"payments\":5},"
          + "{\"payer\":\"Alan Turing\",\"payments\":5}]}";

  @Value("${local.server.port}")
  int port;

  @Autowired
  PaymentLedger ledger;

  private HubSpotClient hubspot;

  @BeforeEach
  void client() {
    hubspot = new HubSpotClient(port, SECRET);
  }

  /** The answer to a signed fetch with {@code parameters} after HubSpot's, which must be a 200. */
  private TableAnswer payments(String parameters) throws Exception {
    HttpResponse<String> answer = hubspot.signed("GET", PAYMENTS + parameters, null, "");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new TableAnswer(answer.body());
  }

  /** The answer's rows are {@code titles}, in this order, of {@code total} across all pages. */
  private static void assertRows(TableAnswer answer, long total, String... titles) {
    assertThat(answer.column("title")).containsExactly(titles);
    assertThat(answer.total()).hasValue(total);
  }

  @Test
  void theFirstPageHasTheTotalAndTheSummary() throws Exception {
    TableAnswer first = payments("");

    assertRows(first, 25, "PAY-001", "PAY-002", "PAY-003", "PAY-004", "PAY-005", "PAY-006",
        "PAY-007", "PAY-008", "PAY-009", "PAY-010");
    assertThat(first.summary()).hasValue(ALL_PAYMENTS);
  }

  @Test
  void laterPagesFollowWithoutTheSummary() throws Exception {
    TableAnswer second = payments("&page=2");
    TableAnswer last = payments("&page=3&pageSize=10");

    assertRows(second, 25, "PAY-011", "PAY-012", "PAY-013", "PAY-014", "PAY-015", "PAY-016",
        "PAY-017", "PAY-018", "PAY-019", "PAY-020");
    assertThat(second.summary()).isEmpty();
    assertRows(last, 25, "PAY-021", "PAY-022", "PAY-023", "PAY-024", "PAY-025");
    assertThat(last.summary()).isEmpty();
  }

  @Test
  void sortsByAmountEitherWay() throws Exception {
    TableAnswer ascending = payments("&sort=amount&pageSize=5");
    TableAnswer descending = payments("&sort=-amount&pageSize=5");

    assertRows(ascending, 25, "PAY-025", "PAY-018", "PAY-011", "PAY-004", "PAY-022");
    assertThat(ascending.column("amount")).containsExactly("100", "110", "120", "130", "140");
    assertRows(descending, 25, "PAY-007", "PAY-014", "PAY-021", "PAY-003", "PAY-010");
    assertThat(descending.column("amount")).containsExactly("340", "330", "320", "310", "300");
  }

  @Test
  void searchesTheTextTrimmedAsTheCardTrimsIt() throws Exception {
    // A no-break space on either side, which Java's trim() would keep and the card's trim removes.
    TableAnswer found = payments("&q=%C2%A0hopper%C2%A0");

    assertThat(ledger.lastSearch).hasValue(Optional.of("hopper"));
    assertRows(found, 5, "PAY-002", "PAY-007", "PAY-012", "PAY-017", "PAY-022");
    // The summary is of the matches: 240 + 340 + 190 + 290 + 140 EUR.
    assertThat(found.summary()).hasValue("{\"payments\":\"5\",\"received\":\"1200\","
        + "\"perPayer\":[{\"payer\":\"Grace Hopper\",\"payments\":5}]}");
    TableAnswer none = payments("&q=nobody");
    assertRows(none, 0);
  }

  @Test
  void springsFiltersLeaveTheRawQueryToTheCard() throws Exception {
    // '+' is a space in a form-style query, "%2B" a plus: "Smith + Sons".
    TableAnswer found = payments("&q=Smith+%2B+Sons&sort=-amount");

    assertThat(ledger.lastSearch).hasValue(Optional.of("Smith + Sons"));
    assertRows(found, 5, "PAY-003", "PAY-013", "PAY-023", "PAY-008", "PAY-018");
    assertThat(found.column("amount")).containsExactly("310", "260", "210", "160", "110");
  }

  @Test
  void everyBadParameterIsA400NamingItBeforeTheHandlerRuns() throws Exception {
    Map<String, String> bad =
        Map.of(
            "&page=0", "page must be a whole number from 1 to 21474836",
            "&page=21474837", "page must be a whole number from 1 to 21474836",
            "&pageSize=101", "pageSize must be a whole number from 1 to 100",
            "&sort=payer", "sort names a property this card cannot sort by (sortable: amount)",
            "&q=" + "x".repeat(201), "q must be at most 200 characters",
            "&q=%C", "malformed percent-encoding in the query string (q)");
    int fetches = ledger.fetches.get();

    for (Map.Entry<String, String> parameter : bad.entrySet()) {
      HubSpotClient.RawAnswer answer = hubspot.signedRaw(PAYMENTS + parameter.getKey());
      assertThat(answer.status()).as(parameter.getKey() + ": " + answer.body()).isEqualTo(400);
      assertThat(answer.body())
          .as(parameter.getKey())
          .isEqualTo("{\"message\":\"" + parameter.getValue() + "\"}");
    }
    assertThat(ledger.fetches).hasValue(fetches);
  }

  @Test
  void anUnsignedFetchIs401() throws Exception {
    int fetches = ledger.fetches.get();

    HttpResponse<String> answer = hubspot.unsigned("GET", PAYMENTS + "&page=2", null, "");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).isEqualTo("{\"message\":\"missing or invalid signature\"}");
    assertThat(ledger.fetches).hasValue(fetches);
  }
}

package dev.crmcards.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.CrmObjectType;
import dev.crmcards.FetchRequest;
import dev.crmcards.HttpMethod;
import dev.crmcards.Property;
import dev.crmcards.StatusType;
import dev.crmcards.rules.Client;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tester runs HubSpot's requests through the card's real pipeline and judges the answers. */
class CardTesterTest {
  private static final String FETCH = "https://billing.acme.test/hubspot/invoices";
  private static final String REMIND = "https://billing.acme.test/hubspot/invoices/1001/remind";
  private static final String CREDIT = "https://billing.acme.test/hubspot/invoices/1001/credit";

  private final Invoices invoices = new Invoices();
  private final CardTester tester = CardTester.of(InvoiceCrmCard.routes(invoices));

  @AfterEach
  void close() {
    tester.close();
  }

  @Test
  void aSignedFetchReachesTheHandlerAndHubSpotWouldShowTheAnswer() {
    CardTester.Answer a = tester.fetch(FETCH)
        .objectType(CrmObjectType.COMPANIES).objectId(53701).property("domain", "acme.test")
        .send();
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.problems()).isEmpty();
    assertThat(a.body()).contains("\"objectId\":1001").contains("\"title\":\"Invoice 1001\"");
    assertThat(a.header("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    FetchRequest request = (FetchRequest) invoices.received.get(0);
    assertThat(request.associatedObjectId()).isEqualTo(53701);
    assertThat(request.associatedObjectType()).isEqualTo("COMPANY");
    assertThat(request.property("domain")).hasValue("acme.test");
    assertThat(request.appId()).isEmpty();
  }

  @Test
  void theRecordDefaultsToTheCardsFirstObjectTypeAndHubSpotsDefaults() {
    tester.fetch(FETCH).user(77, "ann+bills@acme.test").portalId(42).send();
    FetchRequest request = (FetchRequest) invoices.received.get(0);
    assertThat(request.associatedObjectType()).isEqualTo("COMPANY");
    assertThat(request.userId()).isEqualTo(77);
    assertThat(request.userEmail()).isEqualTo("ann+bills@acme.test");
    assertThat(request.portalId()).isEqualTo(42);
  }

  @Test
  void v3AloneIsAcceptedAndV2AloneOnlyWhereTheSettingsAllowIt() {
    assertThat(tester.fetch(FETCH).signedWith(SignatureVersion.V3).send().status()).isEqualTo(200);
    assertThat(tester.fetch(FETCH).signedWith(SignatureVersion.V2).send().status()).isEqualTo(401);
    try (CardTester lenient = CardTester.builder(InvoiceCrmCard.routes(invoices))
        .settings(settings -> settings.requireV3(false)).build()) {
      assertThat(lenient.fetch(FETCH).signedWith(SignatureVersion.V2).send().status()).isEqualTo(200);
    }
  }

  @Test
  void unsignedBadlySignedAndStaleRequestsGet401() {
    for (RequestBuilder request : List.of(
        tester.fetch(FETCH).unsigned(),
        tester.fetch(FETCH).signedWithSecret("not-the-apps-secret"),
        tester.fetch(FETCH).signedWith(SignatureVersion.V3).signedAt(Instant.now().minus(Duration.ofMinutes(6))))) {
      CardTester.Answer a = request.send();
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.body()).startsWith("{\"message\":");
      assertThat(a.problems())
          .singleElement().asString().startsWith("$: [legacy, converter, old-converter, app-card] HTTP 401");
    }
    CardTester.Answer hook = tester.hook(HttpMethod.POST, REMIND).unsigned().send();
    assertThat(hook.status()).isEqualTo(401);
    assertThat(hook.problems()).isEmpty();
    assertThat(hook.warnings()).singleElement().asString().contains("HTTP 401: the user sees the action fail");
    assertThat(invoices.received).isEmpty();
  }

  @Test
  void aLegacyFormBodyHookReachesItsHandlerMethodWithThePathParameter() {
    CardTester.Answer a = tester.hook(HttpMethod.POST, REMIND).property("domain", "acme.test").send();
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEqualTo("{\"message\":\"Reminder sent for 1001.\"}");
    assertThat(a.problems()).isEmpty();
    assertThat(invoices.ids).containsExactly(1001L);
    ActionRequest request = (ActionRequest) invoices.received.get(0);
    assertThat(request.httpMethod()).isEqualTo(HttpMethod.POST);
    assertThat(request.property("domain")).hasValue("acme.test");
  }

  @Test
  void theConvertersJsonBodyHookCarriesTheAppId() {
    CardTester.Answer a =
        tester.hook(HttpMethod.POST, REMIND).converter(9001).property("domain", "acme.test").send();
    assertThat(a.status()).isEqualTo(200);
    ActionRequest request = (ActionRequest) invoices.received.get(0);
    assertThat(request.property("domain")).hasValue("acme.test");
    assertThat(request.appId()).hasValue(9001);
  }

  @Test
  void aDeleteHookSendsItsPropertiesInTheQueryAndAnErrorAnswerPasses() {
    CardTester.Answer a = tester.hook(HttpMethod.DELETE, "https://billing.acme.test/hubspot/invoices/1001")
        .property("domain", "acme.test").send();
    assertThat(a.status()).isEqualTo(409);
    assertThat(a.body()).isEqualTo("{\"message\":\"Invoice 1001 is paid.\"}");
    assertThat(a.problems()).isEmpty();
    assertThat(a.warnings()).containsExactly(
        "$: [legacy, converter, old-converter, app-card] warning: HTTP 409: the user sees the action fail"
            + " (HubSpot's legacy-card converter shows an error alert)");
    assertThat(((ActionRequest) invoices.received.get(0)).property("domain")).hasValue("acme.test");
  }

  @Test
  void aFailingHandlerIs500AndRevealsNothing() {
    CardTester.Answer a = tester.hook(HttpMethod.PUT, "https://billing.acme.test/hubspot/invoices/1001/amount").send();
    assertThat(a.status()).isEqualTo(500);
    assertThat(a.body()).doesNotContain("ledger").doesNotContain("secret");
  }

  @Test
  void signedRequestsForNoRouteOrTheWrongMethodGet404And405() {
    assertThat(tester.hook(HttpMethod.POST, "https://billing.acme.test/hubspot/nothing").send().status())
        .isEqualTo(404);
    CardTester.Answer wrongMethod = tester.hook(HttpMethod.PATCH, REMIND).send();
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).hasValue("POST");
  }

  @Test
  void problemsSayWhatHubSpotWouldRefuse() {
    invoices.invoices = List.of(new Invoice(1001, "Invoice 1001", "javascript:alert(1)", 420L, "OPEN"));
    CardTester.Answer a = tester.fetch(FETCH).send();
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.problems()).anySatisfy(p -> assertThat(p).startsWith("$.results[0].link"));
  }

  @Test
  void aHooksDefaultObjectTypeIsItsOwnCardsFirst() {
    TicketCrmCard.Handler tickets = request -> CardResponse.of(List.of());
    try (CardTester both = CardTester.of(TicketCrmCard.routes(tickets), InvoiceCrmCard.routes(invoices))) {
      assertThat(both.hook(HttpMethod.POST, REMIND).send().status()).isEqualTo(200);
    }
    // The invoice card's first type, not the ticket card's, which is first among the cards.
    assertThat(((ActionRequest) invoices.received.get(0)).associatedObjectType()).isEqualTo("COMPANY");
  }

  @Test
  void aPerObjectStatusHasNoProblemForTheClientsOfAnAppCard() {
    TicketCrmCard.Handler tickets = request -> CardResponse.of(List.of(new Ticket(
        7, "Login fails", "HIGH",
        List.of(Property.status("Health", "Errors occurring", StatusType.DANGER), Property.string("Team", "Web")))));
    try (CardTester appCard = CardTester.of(TicketCrmCard.routes(tickets));
        CardTester fixedConverter = CardTester.builder(TicketCrmCard.routes(tickets)).alsoFor(Client.CONVERTER).build();
        CardTester oldConverter =
            CardTester.builder(TicketCrmCard.routes(tickets)).alsoFor(Client.OLD_CONVERTER).build()) {
      CardTester.Answer a = appCard.fetch("https://help.acme.test/hubspot/tickets").send();
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body()).contains("\"dataType\":\"STATUS\"", "\"optionType\":\"DANGER\"");
      assertThat(a.problems()).isEqualTo(List.of());
      assertThat(a.warnings()).isEqualTo(List.of());
      assertThat(appCard.clients()).isEqualTo(CardTester.APP_CARD_CLIENTS);

      CardTester.Answer fixed = fixedConverter.fetch("https://help.acme.test/hubspot/tickets").send();
      assertThat(fixed.problems()).isEmpty();
      assertThat(fixed.warnings()).isEmpty();

      CardTester.Answer old = oldConverter.fetch("https://help.acme.test/hubspot/tickets").send();
      assertThat(old.problems()).isEmpty();
      assertThat(old.warnings()).singleElement().asString()
          .startsWith("$.results[0].properties[0].value: [old-converter] warning: copies of HubSpot's legacy-card"
              + " converter taken before its 2026-08 fix render this as \"Invalid property\"")
          .contains("take the converter from HubSpot/ui-extensions-examples (folder legacy-card-converter) at main");
    }
  }

  @Test
  void theGeneratedWriterSendsTheFiveObjectsACardShows() {
    invoices.invoices = LongStream.rangeClosed(1, 6)
        .mapToObj(id -> new Invoice(id, "Invoice " + id, null, 10L, "PAID")).toList();
    CardTester.Answer a = tester.fetch(FETCH).send();
    assertThat(a.body()).contains("\"objectId\":5").doesNotContain("\"objectId\":6");
    assertThat(a.problems()).isEmpty();
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void aFixedClockSignsAndVerifiesAtItsTime() {
    Instant then = Instant.parse("2026-03-01T09:00:00Z");
    try (CardTester fixed = CardTester.builder(InvoiceCrmCard.routes(invoices))
        .clock(Clock.fixed(then, ZoneOffset.UTC)).clientSecret("app-secret").build()) {
      assertThat(fixed.fetch(FETCH).signedWith(SignatureVersion.V3).send().status()).isEqualTo(200);
      assertThat(fixed.fetch(FETCH).signedWith(SignatureVersion.V3).signedAt(then.plusSeconds(301)).send().status())
          .isEqualTo(401);
    }
  }

  @Test
  void anyRequestCanBeSentAsIs() {
    String url = FETCH + "?userId=1&userEmail=a%40b.test&associatedObjectId=2&associatedObjectType=DEAL&portalId=3";
    Map<String, String> headers = SignatureVerifier.signedHeaders(
        tester.clientSecret(), "GET", url, new byte[0], tester.clock().millis(), SignatureVersion.V3);
    CardTester.Answer a = tester.send("GET", url, headers, new byte[0]);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.problems()).isEmpty();
    assertThat(((FetchRequest) invoices.received.get(0)).associatedObjectType()).isEqualTo("DEAL");
  }

  @Test
  void oneTesterServesSeveralCardsEachWithItsOwnDefinition() {
    PaymentCrmCard.Handler payments = request -> dev.crmcards.CardResponse.of(
        List.of(new Payment(7, "Payment 7 from " + request.associatedObjectType(), "card")));
    try (CardTester both = CardTester.of(InvoiceCrmCard.routes(invoices), PaymentCrmCard.routes(payments))) {
      CardTester.Answer a = both.fetch("https://billing.acme.test/hubspot/payments").send();
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body()).contains("Payment 7 from DEAL");
      assertThat(a.problems()).isEmpty();
      assertThat(both.fetch(FETCH).objectType("2-4711").send().status()).isEqualTo(200);
      assertThat(((FetchRequest) invoices.received.get(0)).associatedObjectType()).isEqualTo("2-4711");
    }
  }

  @Test
  void aUrlWithAQueryIsRefusedWithTheWayToAddParameters() {
    assertThatThrownBy(() -> tester.fetch(FETCH + "?domain=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("property(name, value)");
  }

  @Test
  void routesOfNoGeneratedCardAreRefusedNamingTheCardsThereAre() {
    var handBuilt =
        dev.crmcards.core.CardRoutes.builder("by-hand")
            .fetch("https://billing.acme.test/hubspot/by-hand", request -> json -> json.raw('{'))
            .build();
    assertThatThrownBy(() -> CardTester.of(handBuilt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no generated card 'by-hand'")
        .hasMessageContaining("[invoice, payment, shipment, ticket]")
        .hasMessageContaining("crmcards-processor");
  }

  @Test
  void aFormIsSentAsTheCardUiSendsItAndReachesTheHandlerTyped() {
    String credit = "https://billing.acme.test/hubspot/invoices/1001/credit";
    CardTester.Answer ok = tester.hook(HttpMethod.PATCH, credit).form("{\"amount\": 12.50}").send();
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.problems()).isEmpty();
    assertThat(invoices.credits).containsExactly(new Credit(new java.math.BigDecimal("12.50"), null));
    assertThat(invoices.ids).containsExactly(1001L);

    CardTester.Answer refused = tester.hook(HttpMethod.PATCH, credit).form("{\"amount\": 0, \"reason\": 5}").send();
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).isEqualTo(
        "{\"message\":\"Some fields need another value.\",\"errors\":{\"amount\":\"Enter a number of at least 0.01.\","
            + "\"reason\":\"Enter text.\"}}");
    assertThat(invoices.credits).hasSize(1);
  }

  @Test
  void aFormIsAlwaysTheBodyAndOnlyOfAHookThatSendsOne() {
    String credit = "https://billing.acme.test/hubspot/invoices/1001/credit";
    // The converter's appId in the query; the form stays the body.
    assertThat(tester.hook(HttpMethod.PATCH, credit).form("{\"amount\": 3}").converter(777).send().status())
        .isEqualTo(200);
    assertThat(invoices.credits).containsExactly(new Credit(new java.math.BigDecimal("3"), null));
    assertThatThrownBy(() -> tester.hook(HttpMethod.PATCH, credit).form("{\"amount\": 3}").jsonBody())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a form's submission sends the form as its body");
    assertThatThrownBy(() -> tester.hook(HttpMethod.DELETE, credit).form("{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a form is sent as the body of a POST, PUT or PATCH hook, not of DELETE");
    assertThatThrownBy(() -> tester.fetch(FETCH).form("{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not of a fetch");
  }

  @Test
  void aFormActionInTheAnswerIsAProblemForLegacyCardsOnly() {
    assertThat(tester.fetch(FETCH).send().problems()).isEmpty();
    try (CardTester legacy = CardTester.builder(InvoiceCrmCard.routes(invoices)).alsoFor(Client.LEGACY_CARDS).build()) {
      assertThat(legacy.fetch(FETCH).send().problems())
          .anySatisfy(p -> assertThat(p.toString()).contains("$.results[0].actions[3].type")
              .contains("FORM is crmcards' own action"));
    }
  }

  @Test
  void aFormsFieldErrorsAreHowItRefusesAValueNotAFailure() {
    CardTester.Answer checkedByTheServer = tester.hook(HttpMethod.PATCH, CREDIT).form("{\"amount\": 0}").send();
    assertThat(checkedByTheServer.status()).isEqualTo(400);
    assertThat(checkedByTheServer.problems()).isEmpty();
    assertThat(checkedByTheServer.warnings()).isEmpty();

    invoices.creditAnswer = form -> ActionResult.invalid("amount", "More than the invoice.");
    CardTester.Answer refusedByTheHandler = tester.hook(HttpMethod.PATCH, CREDIT).form("{\"amount\": 9000}").send();
    assertThat(refusedByTheHandler.status()).isEqualTo(400);
    assertThat(refusedByTheHandler.problems()).isEmpty();
    assertThat(refusedByTheHandler.warnings()).isEmpty();
  }

  @Test
  void aFieldErrorNamingNoInputOfTheFormIsAProblemNamingItsInputs() {
    invoices.creditAnswer = form -> ActionResult.invalid("nope", "x");
    CardTester.Answer a = tester.hook(HttpMethod.PATCH, CREDIT).form("{\"amount\": 3}").send();
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.problems()).containsExactly(
        "$.errors.nope: [app-card] names no input of form 'credit', whose inputs are [amount, reason]: the card shows"
            + " it at no input, only after the form's message as \"nope: x\"");
    assertThat(a.warnings()).singleElement().asString()
        .isEqualTo("$: [app-card] warning: HTTP 400: the user sees form 'credit' fail, with the server's message above"
            + " its inputs and no error at any of them");

    invoices.creditAnswer = form -> ActionResult.invalid(Map.of("zzz", "Wrong."));
    assertThat(tester.hook(HttpMethod.PATCH, CREDIT).form("{\"amount\": 3}").send().problems())
        .singleElement().asString().startsWith("$.errors.zzz: [app-card] names no input of form 'credit'");
  }

  @Test
  void aFormsOtherFailureIsAWarningForTheCardUiAloneWhichAloneOpensForms() {
    invoices.creditAnswer = form -> ActionResult.error(409, "Invoice 1001 is paid.");
    try (CardTester everyClient = CardTester.builder(InvoiceCrmCard.routes(invoices)).alsoFor(Client.values()).build()) {
      CardTester.Answer a = everyClient.hook(HttpMethod.PATCH, CREDIT).form("{\"amount\": 3}").send();
      assertThat(a.problems()).isEmpty();
      assertThat(a.warnings()).containsExactly(
          "$: [app-card] warning: HTTP 409: the user sees form 'credit' fail, with the server's message above its"
              + " inputs and no error at any of them");
    }
  }

  @Test
  void aFormsUrlWithoutTheFormIsRefusedBeforeItIsSentWithHowToSendIt() {
    assertThatThrownBy(() -> tester.hook(HttpMethod.PATCH, CREDIT).send())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PATCH " + CREDIT + " submits form 'credit' (inputs [amount, reason]): send the form with"
            + " form(json), a JSON object keyed by input name, as crmcards' card UI does; tester.send(...) sends any"
            + " other body");
    assertThat(invoices.received).isEmpty();
    // Another method on the same URL is no form's: sent, and answered by the server.
    assertThat(tester.hook(HttpMethod.POST, CREDIT).send().status()).isEqualTo(405);
  }

  @Test
  void aFetchForARecordTypeTheCardDoesNotShowOnIsRefusedAsCheckRefusesIt() {
    assertThatThrownBy(() -> tester.fetch(FETCH).objectType(CrmObjectType.CONTACTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("card 'invoice' does not show on contacts; it shows on [companies, deals]");
    assertThatThrownBy(() -> tester.fetch(FETCH).objectType("TICKET"))
        .hasMessage("card 'invoice' does not show on tickets; it shows on [companies, deals]");
    assertThat(tester.fetch(FETCH).objectType(CrmObjectType.DEALS).send().status()).isEqualTo(200);
    // A hook follows the card's own answer; a type no card shows on is the server's to judge.
    assertThat(tester.hook(HttpMethod.POST, REMIND).objectType(CrmObjectType.CONTACTS).send().status()).isEqualTo(200);
    assertThat(tester.fetch(FETCH).objectType("2-1234").send().status()).isEqualTo(200);
  }
}

package dev.crmcards.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.signature.SignatureVersion;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a real server at a random port, with nothing but the starter, the handler
 * bean and {@code crmcards.client-secret}: HubSpot's signed requests over HTTP, unsigned ones, the
 * application's own controller beside the card, and the metrics in {@code /actuator/metrics}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "crmcards.client-secret=" + InvoicesApplicationTest.SECRET)
class InvoicesApplicationTest {
  static final String SECRET = "invoices-test-secret";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";

  @Value("${local.server.port}")
  int port;

  private HubSpotClient hubspot;

  @BeforeEach
  void client() {
    hubspot = new HubSpotClient(port, SECRET);
  }

  @Test
  void answersAFetchSignedWithV3() throws Exception {
    HttpResponse<String> answer =
        hubspot.signed("GET", "/hubspot/invoices" + HubSpotClient.QUERY, null, "",
            SignatureVersion.V3);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(answer.body()).contains("\"results\":[", "\"title\":\"Invoice 1001\"");
  }

  /** v2 alone has no timestamp; the starter requires v3 unless crmcards.require-v3=false. */
  @Test
  void refusesAFetchSignedWithV2Alone() throws Exception {
    HttpResponse<String> answer =
        hubspot.signed("GET", "/hubspot/invoices" + HubSpotClient.QUERY, null, "",
            SignatureVersion.V2);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).doesNotContain("Invoice");
  }

  @Test
  void verifiesAndReadsTheFormBodyOfAPutHook() throws Exception {
    HttpResponse<String> answer =
        hubspot.signed("PUT", "/hubspot/invoices/1001/paid" + HubSpotClient.QUERY, FORM,
            "domain=paid.acme.test");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .isEqualTo("{\"message\":\"Invoice 1001 of paid.acme.test marked paid.\"}");
  }

  @Test
  void verifiesAndReadsTheFormBodyOfADeleteHook() throws Exception {
    HttpResponse<String> answer =
        hubspot.signed("DELETE", "/hubspot/invoices/1002" + HubSpotClient.QUERY, FORM,
            "domain=gone.acme.test");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Invoice 1002 of gone.acme.test cancelled.");
  }

  @Test
  void verifiesAndReadsTheJsonBodyOfAHook() throws Exception {
    HttpResponse<String> answer =
        hubspot.signed("POST", "/hubspot/invoices/1001/reminders" + HubSpotClient.QUERY, JSON,
            "{\"domain\":\"json.acme.test\"}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Reminder for invoice 1001 sent to json.acme.test.");
  }

  @Test
  void refusesUnsignedRequestsWith401() throws Exception {
    HttpResponse<String> fetch =
        hubspot.unsigned("GET", "/hubspot/invoices" + HubSpotClient.QUERY, null, "");
    HttpResponse<String> hook =
        hubspot.unsigned("PUT", "/hubspot/invoices/1001/paid" + HubSpotClient.QUERY, FORM,
            "domain=acme.test");

    assertThat(fetch.statusCode()).isEqualTo(401);
    assertThat(hook.statusCode()).isEqualTo(401);
    assertThat(hook.body()).isEqualTo("{\"message\":\"missing or invalid signature\"}");
  }

  @Test
  void keepsTheApplicationsOwnControllers() throws Exception {
    HttpResponse<String> list = hubspot.unsigned("GET", "/api/invoices", null, "");
    // A form-body PUT to a controller: Spring's form filter still works outside the card's paths.
    HttpResponse<String> note =
        hubspot.unsigned("PUT", "/api/invoices/1001/note", FORM, "note=call%20back");

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"number\":1001");
    assertThat(note.statusCode()).isEqualTo(200);
    assertThat(note.body()).isEqualTo("invoice 1001: call back");
  }

  @Test
  void showsBothMetricsInTheActuator() throws Exception {
    hubspot.signed("GET", "/hubspot/invoices" + HubSpotClient.QUERY, null, "");
    hubspot.unsigned("GET", "/hubspot/invoices" + HubSpotClient.QUERY, null, "");

    HttpResponse<String> names = hubspot.unsigned("GET", "/actuator/metrics", null, "");
    assertThat(names.statusCode()).isEqualTo(200);
    assertThat(names.body()).contains("\"crmcards.requests\"", "\"crmcards.signature.failures\"");

    HttpResponse<String> requests =
        hubspot.unsigned("GET", "/actuator/metrics/crmcards.requests?tag=card:invoices", null, "");
    assertThat(requests.statusCode()).isEqualTo(200);
    assertThat(requests.body())
        .contains("\"route\"", "GET /hubspot/invoices", "\"outcome\"", "SUCCESS", "UNAUTHORIZED");

    HttpResponse<String> failures =
        hubspot.unsigned("GET", "/actuator/metrics/crmcards.signature.failures?tag=reason:MISSING",
            null, "");
    assertThat(failures.statusCode()).isEqualTo(200);
    assertThat(failures.body()).contains("\"COUNT\"");
    assertThat(failures.body()).doesNotContain("\"value\":0.0");
  }
}

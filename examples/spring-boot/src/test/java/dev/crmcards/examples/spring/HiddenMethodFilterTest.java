package dev.crmcards.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With Spring's HiddenHttpMethodFilter on, which reads the parameters of every form POST (and so
 * its body), a form-body POST hook still verifies, and the filter still works for the
 * application's own paths.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "crmcards.client-secret=" + HiddenMethodFilterTest.SECRET,
      "spring.mvc.hiddenmethod.filter.enabled=true"
    })
class HiddenMethodFilterTest {
  static final String SECRET = "hidden-method-test-secret";
  private static final String FORM = "application/x-www-form-urlencoded";

  @Value("${local.server.port}")
  int port;

  @Test
  void aFormBodyPostHookVerifies() throws Exception {
    HttpResponse<String> answer =
        new HubSpotClient(port, SECRET)
            .signed("POST", "/hubspot/invoices/1001/reminders" + HubSpotClient.QUERY, FORM,
                "domain=form.acme.test");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Reminder for invoice 1001 sent to form.acme.test.");
  }

  @Test
  void theApplicationsFormPostsStillChangeTheirMethod() throws Exception {
    HttpResponse<String> note =
        new HubSpotClient(port, SECRET)
            .unsigned("POST", "/api/invoices/1001/note", FORM, "_method=PUT&note=hidden");

    assertThat(note.statusCode()).isEqualTo(200);
    assertThat(note.body()).isEqualTo("invoice 1001: hidden");
  }
}

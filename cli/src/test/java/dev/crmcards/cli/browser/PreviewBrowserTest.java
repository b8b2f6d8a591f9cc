package dev.crmcards.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.preview.PreviewServer;
import dev.crmcards.cli.preview.PreviewSettings;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.cli.support.Recorded;
import dev.crmcards.cli.support.StandInCardServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Opens the preview of the example card in headless Chromium and uses it like a person would:
 * reads the card (and saves a screenshot of it untouched), clicks a hook, confirms a confirmation
 * hook, opens an iframe that closes itself.
 * Skipped only when Chromium is missing outside CI; with {@code CI=true} a missing browser fails
 * (install it with {@code cli/src/test/browser/install-chromium.sh}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static StandInCardServer cards;
  private static PreviewServer preview;
  private static Chromium chromium;
  private static Cdp page;
  private static final List<String> requestedUrls = new ArrayList<>();

  /** Why the tests are skipped, or {@code null} when they run. */
  private static String skipped;

  @BeforeAll
  static void start() throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!Chromium.installed()) {
      if (ci) {
        fail(Chromium.BINARY + " is missing and CI=true: run cli/src/test/browser/install-chromium.sh first");
      }
      skipped = "browser test skipped: " + Chromium.BINARY + " is not installed (and CI is not set);"
          + " install it with cli/src/test/browser/install-chromium.sh";
      System.err.println(skipped);
      return;
    }
    cards = StandInCardServer.start(Fixtures.SECRET);
    preview = PreviewServer.start(new PreviewSettings(
        List.of(Fixtures.exampleCard()), cards.fetchUrl(), Fixtures.SECRET, 0, null, Map.of("protected_account", "true")));
    chromium = Chromium.launch(1280, 900);
    page = chromium.openPage();
    page.on("Network.requestWillBeSent", event -> {
      synchronized (requestedUrls) {
        requestedUrls.add(event.path("request").path("url").asText());
      }
    });
    page.send("Network.enable");
    page.send("Page.enable");
    page.send("Runtime.enable");
    ObjectNode navigate = Json.object();
    navigate.put("url", preview.uri().toString());
    page.send("Page.navigate", navigate);
    page.waitFor("document.body && document.body.dataset.loaded === 'true'", WAIT);
  }

  @BeforeEach
  void onlyWithChromium() {
    assumeTrue(skipped == null, skipped);
  }

  @AfterAll
  static void stop() {
    if (page != null) {
      page.close();
    }
    if (chromium != null) {
      chromium.close();
    }
    if (preview != null) {
      preview.close();
    }
    if (cards != null) {
      cards.close();
    }
  }

  private static String text(String expression) throws Exception {
    return page.eval(expression).asText();
  }

  @Test
  @Order(1)
  void rendersTheCardLikeTheSidebar() throws Exception {
    assertThat(text("document.getElementById('card-title').textContent")).isEqualTo("New CRM Card (2)");

    String objects = text("document.getElementById('card-objects').innerText");
    String created = text("new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeZone: 'UTC'})"
        + ".format(new Date('2016-09-15T00:00:00Z'))");
    assertThat(created).isEqualTo("Sep 15, 2016");
    assertThat(objects)
        .contains("API-22: APIs working too fast", "Created", created, "Resolution impact", "£94.34")
        .doesNotContain("2016-09-15");
    assertThat(text("document.querySelector('[data-object-id=\"988\"] a.email').href"))
        .isEqualTo("mailto:ksmith@hubspot.com");
    assertThat(text("document.querySelector('[data-object-id=\"245\"] .object-title a').href"))
        .isEqualTo("http://example.com/1");

    JsonNode tags = page.eval("[...document.querySelectorAll('.status-tag')]"
        + ".map(t => t.textContent + ':' + t.dataset.optionType)");
    assertThat(tags.toString()).contains("\"High:DANGER\"", "\"In Progress:WARNING\"", "\"Resolved:SUCCESS\"");

    assertThat(text("document.getElementById('card-primary').innerText")).isEqualTo("Create Ticket");
    assertThat(text("document.getElementById('card-footer').innerText")).contains("Settings");
    assertThat(text("document.getElementById('rewrite-notice').textContent"))
        .isEqualTo("Action URLs on https://example.com are sent to " + cards.origin() + " (the origin of --url) instead.");
    assertThat(text("document.getElementById('checks').innerText"))
        .startsWith("No problems: the answer meets HubSpot's rules.\n")
        .contains("$.results[1]: [converter, old-converter] note: 12 properties: HubSpot's legacy-card converter"
            + " shows the first 3");

    Path screenshot = screenshot(Path.of("target", "preview.png"));
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  @Test
  @Order(3)
  void aHookIsSentSignedAndItsSuccessShown() throws Exception {
    page.click("[...document.querySelectorAll('[data-object-id=\"245\"] button')]"
        + ".find(b => b.textContent === 'Resolve')");
    page.waitFor("document.getElementById('toast').textContent.startsWith('Resolve succeeded.')", WAIT);
    assertThat(text("document.getElementById('toast').textContent"))
        .isEqualTo("Resolve succeeded. PUT /tickets/245/resolve done");

    Recorded hook = cards.await("PUT", "/tickets/245/resolve", WAIT);
    assertThat(hook.v2()).isEqualTo("valid");
    assertThat(hook.v3()).isEqualTo("valid");
    assertThat(hook.form()).containsEntry("associatedObjectType", "CONTACT").containsEntry("userId", "12345");
  }

  @Test
  @Order(4)
  void aConfirmationHookAsksFirst() throws Exception {
    page.click("[...document.querySelectorAll('[data-object-id=\"988\"] button')]"
        + ".find(b => b.textContent === 'Delete')");
    page.waitFor("document.getElementById('confirm-dialog').open", WAIT);
    assertThat(text("document.getElementById('confirm-message').textContent"))
        .isEqualTo("Are you sure you want to delete this ticket?");
    assertThat(cards.requests()).noneMatch(r -> r.method().equals("DELETE"));
    page.click("document.getElementById('confirm-ok')");
    page.waitFor("document.getElementById('toast').textContent.startsWith('Delete succeeded.')", WAIT);

    Recorded hook = cards.await("DELETE", "/tickets/245", WAIT);
    assertThat(hook.v3()).isEqualTo("valid");
    assertThat(hook.query()).containsEntry("protected_account", "true");
  }

  @Test
  @Order(5)
  void anIframeClosesWhenItsPagePostsDone() throws Exception {
    page.click("[...document.querySelectorAll('[data-object-id=\"988\"] button')]"
        + ".find(b => b.textContent === 'Edit')");
    page.waitFor("document.getElementById('iframe-dialog').open", WAIT);
    cards.await("GET", "/edit-iframe-contents", WAIT);
    page.waitFor("!document.getElementById('iframe-dialog').open", WAIT);
    assertThat(text("document.getElementById('toast').textContent")).isEqualTo("Edit: done.");
  }

  @Test
  @Order(2)
  void thePageLoadsNothingFromOutside() throws Exception {
    page.waitFor("document.body.dataset.loaded === 'true'", WAIT);
    List<String> urls;
    synchronized (requestedUrls) {
      urls = List.copyOf(requestedUrls);
    }
    assertThat(urls).isNotEmpty().allMatch(url -> url.startsWith("http://127.0.0.1:") || url.startsWith("about:"),
        "a local or blank URL");
  }

  @Test
  @Order(6)
  void aFormSaysWhereItCanBeTried() throws Exception {
    ObjectNode answer = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(Fixtures.seedResponse());
    answer.putArray("secondaryActions").addObject()
        .put("type", "FORM").put("id", "reschedule").put("httpMethod", "POST")
        .put("uri", "https://example.com/tickets/245/schedule").put("label", "Reschedule");
    cards.fetchBody(answer.toString());
    try {
      ObjectNode navigate = Json.object();
      navigate.put("url", preview.uri().toString());
      page.send("Page.navigate", navigate);
      page.waitFor("document.body && document.body.dataset.loaded === 'true'", WAIT);
      int requests = cards.requests().size();
      page.click("[...document.querySelectorAll('#card-secondary button')].find(b => b.textContent === 'Reschedule')");
      page.waitFor("document.getElementById('toast').textContent.startsWith('Reschedule')", WAIT);
      assertThat(text("document.getElementById('toast').textContent")).isEqualTo(
          "Reschedule opens a form, which the preview does not draw. To try it, write the HubSpot project with"
              + " crmcards-cli.jar app and run it with hs project dev against this server.");
      assertThat(cards.requests()).as("nothing is sent").hasSize(requests);
    } finally {
      cards.fetchBody(Fixtures.seedResponse());
    }
  }

  private static Path screenshot(Path file) throws Exception {
    JsonNode metrics = page.send("Page.getLayoutMetrics");
    ObjectNode params = Json.object();
    params.put("format", "png");
    params.put("captureBeyondViewport", true);
    ObjectNode clip = params.putObject("clip");
    clip.put("x", 0);
    clip.put("y", 0);
    clip.put("width", 1280);
    clip.put("height", Math.max(900, metrics.path("cssContentSize").path("height").asDouble()));
    clip.put("scale", 1);
    String data = page.send("Page.captureScreenshot", params).path("data").asText();
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, Base64.getDecoder().decode(data));
  }
}

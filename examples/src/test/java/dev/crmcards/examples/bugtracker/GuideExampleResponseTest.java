package dev.crmcards.examples.bugtracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example card answers the guide's example request with the guide's example response: every
 * key and value, key order aside.
 */
class GuideExampleResponseTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String GUIDE_QUERY =
      "userId=12345&userEmail=loggedinuser@hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654&firstname=Tim"
          + "&email=timrobinson@itysl.com&lastname=Robinson";

  static JsonNode guide() throws Exception {
    try (InputStream in = GuideExampleResponseTest.class.getResourceAsStream("/guide-example-response.json")) {
      return JSON.readTree(in);
    }
  }

  /** The two FORM actions the example card has beyond the guide's (crmcards' card UI opens them). */
  static final String RESCHEDULE_245 =
      "{\"type\":\"FORM\",\"id\":\"reschedule\",\"httpMethod\":\"PUT\","
          + "\"uri\":\"https://example.com/tickets/245/schedule\",\"label\":\"Reschedule\"}";

  static final String REPORT_BUG =
      "{\"type\":\"FORM\",\"id\":\"reportBug\",\"httpMethod\":\"POST\","
          + "\"uri\":\"https://example.com/tickets\",\"label\":\"Report a bug\"}";

  /**
   * The guide's response read the way HubSpot reads it: an action without {@code
   * associatedObjectProperties} has none ({@code []}, which crmcards always writes), and ticket
   * 988's Delete action carries 988's own URI where the guide repeats ticket 245's. Then the
   * example's forms: Reschedule on the open ticket 245, Report a bug among the secondary actions.
   */
  static JsonNode expected() throws Exception {
    JsonNode guide = guide();
    List<JsonNode> actions = new ArrayList<>();
    guide.path("results").forEach(r -> r.path("actions").forEach(actions::add));
    actions.add(guide.path("settingsAction"));
    actions.add(guide.path("primaryAction"));
    for (JsonNode action : actions) {
      if (!action.has("associatedObjectProperties")) {
        ((ObjectNode) action).putArray("associatedObjectProperties");
      }
    }
    ((ObjectNode) guide.at("/results/1/actions/1")).put("uri", "https://example.com/tickets/988");
    ((ArrayNode) guide.at("/results/0/actions")).add(JSON.readTree(RESCHEDULE_245));
    ((ObjectNode) guide).putArray("secondaryActions").add(JSON.readTree(REPORT_BUG));
    return guide;
  }

  @Test
  void answersTheGuidesRequestWithTheGuidesResponse() throws Exception {
    FetchRequest request = FetchRequest.parse(GUIDE_QUERY);
    CardResponse<BugTicket> response =
        new BugTrackerHandler(TicketStore.withGuideTickets()).fetch(request);
    JsonNode actual = JSON.readTree(BugTicketCrmCard.toJson(response));
    assertThat(actual).isEqualTo(expected());
  }

  @Test
  void expectedDiffersFromTheGuideOnlyWhereItSaysSo() throws Exception {
    JsonNode expected = expected();
    for (String path : List.of("/results/1/actions/0", "/settingsAction", "/primaryAction")) {
      ((ObjectNode) expected.at(path)).remove("associatedObjectProperties");
    }
    ((ObjectNode) expected.at("/results/1/actions/1")).put("uri", "https://example.com/tickets/245");
    ((ArrayNode) expected.at("/results/0/actions")).remove(4);
    ((ObjectNode) expected).remove("secondaryActions");
    assertThat(expected).isEqualTo(guide());
  }

  @Test
  void resolvedTicketsShowNeitherReassignNorResolve() throws Exception {
    JsonNode actual =
        JSON.readTree(BugTicketCrmCard.toJson(CardResponse.of(TicketStore.withGuideTickets().all())));
    assertThat(labels(actual.at("/results/0/actions"))).containsExactly("Edit", "Reassign", "Resolve", "Delete", "Reschedule");
    assertThat(labels(actual.at("/results/1/actions"))).containsExactly("Edit", "Delete");
  }

  @Test
  void writesOnlyTheFirstFiveObjectsAndStillAnswers() throws Exception {
    TicketStore store = TicketStore.withGuideTickets();
    BugTicket template = store.get(245).orElseThrow();
    for (long id = 1; id <= 5; id++) {
      store.put(new BugTicket(id, "Ticket " + id, null, null, null, null, null, null, null, "In Progress", null, null, null));
    }
    List<BugTicket> seven = store.all();
    assertThat(seven).hasSize(7).contains(template);
    JsonNode actual = JSON.readTree(BugTicketCrmCard.toJson(CardResponse.of(seven)));
    assertThat(actual.path("results")).hasSize(5);
    assertThat(actual.at("/results/4/objectId").asLong()).isEqualTo(5);
    assertThat(actual.at("/results/0/link").isNull()).isTrue();
    assertThat(actual.at("/results/0").has("created")).as("null properties are left out").isFalse();
  }

  @Test
  void theFetchShowsTheNewestFiveTicketsSoThatAReportJustFiledIsAmongThem() throws Exception {
    TicketStore store = TicketStore.withGuideTickets();
    BugTrackerHandler handler = new BugTrackerHandler(store);
    for (int i = 1; i <= 4; i++) {
      String title = "Report " + i;
      store.file(id -> new BugTicket(id, title, null, null, null, null, null, null, null, "New", null, null, null));
    }
    long newest = store.all().get(store.all().size() - 1).id();
    FetchRequest request = FetchRequest.parse(GUIDE_QUERY);

    JsonNode actual = JSON.readTree(BugTicketCrmCard.toJson(handler.fetch(request)));
    List<Long> ids = new ArrayList<>();
    actual.path("results").forEach(r -> ids.add(r.path("objectId").asLong()));
    assertThat(store.all()).hasSize(6);
    assertThat(ids).hasSize(5);
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(ids).doesNotContain(245L);
    assertThat(ids.get(4)).isEqualTo(newest);
  }

  private static List<String> labels(JsonNode actions) {
    List<String> labels = new ArrayList<>();
    actions.forEach(a -> labels.add(a.path("label").asText()));
    return labels;
  }
}

package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the writer generated for the TABLE showcase card: a page of at most {@code pageSize} rows
 * in the legacy object shape, {@code total} when given, and the summary's figures and chart
 * points as JSON numbers, strings and dates.
 */
class TableWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ClassLoader loader;
  private static Method writePage;
  private static Method toJson;

  @BeforeAll
  static void compile() throws Exception {
    Compilation c = ViewGoldenTest.compileDeliveries();
    assertThat(c).succeeded();
    loader = new GeneratedClassLoader(c);
    Class<?> generated = loader.loadClass("com.acme.views.DeliveryCrmCard");
    Class<?> summary = loader.loadClass("com.acme.views.DeliverySummary");
    writePage = generated.getMethod("write", CardResponse.class, summary, int.class, JsonOutput.class);
    toJson = generated.getMethod("toJson", CardResponse.class);
  }

  private static Object create(String type, Object... arguments) throws Exception {
    Constructor<?> constructor = loader.loadClass(type).getDeclaredConstructors()[0];
    constructor.setAccessible(true);
    return constructor.newInstance(arguments);
  }

  private static Object delivery(long id) throws Exception {
    return create(
        "com.acme.views.Delivery", id, "D-" + id, URI.create("https://shop.example.com/d/" + id),
        LocalDate.of(2026, 3, (int) id % 28 + 1), new BigDecimal("12.50"), "Post", "DELIVERED");
  }

  private static List<Object> deliveries(int count) throws Exception {
    List<Object> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(delivery(i));
    }
    return rows;
  }

  private static Object summary(Integer late, BigDecimal freight) throws Exception {
    return summary(late, 0.925, freight, 42.5, Double.NaN);
  }

  private static Object summary(Integer late, double onTime, BigDecimal freight, double... speeds)
      throws Exception {
    List<Object> routes = new ArrayList<>();
    for (double kmh : speeds) {
      routes.add(create("com.acme.views.DeliverySummary$RouteSpeed", "R" + routes.size(), kmh));
    }
    return create(
        "com.acme.views.DeliverySummary",
        3L, late, onTime, freight,
        List.of(create("com.acme.views.DeliverySummary$CarrierCount", "Post", 12L),
            create("com.acme.views.DeliverySummary$CarrierCount", "Bike \"express\"", 0L)),
        List.of(create("com.acme.views.DeliverySummary$DayWeight", LocalDate.of(2026, 1, 5), new BigDecimal("1E+3")),
            create("com.acme.views.DeliverySummary$DayWeight", null, null)),
        routes);
  }

  private static String page(CardResponse<?> response, Object summary, int pageSize) throws Exception {
    JsonOutput json = new JsonOutput(256);
    writePage.invoke(null, response, summary, pageSize, json);
    return json.toString();
  }

  @Test
  void writesTheSummaryAfterTheResultsAndTheTotal() throws Exception {
    CardResponse<Object> response = CardResponse.builder(deliveries(2)).total(200).build();
    String text = page(response, summary(1, new BigDecimal("1234.50")), 10);
    assertThat(text).endsWith(
        ",\"total\":200,\"summary\":{\"onRoad\":\"3\",\"late\":\"1\",\"onTime\":\"0.925\",\"freight\":\"1234.50\","
            + "\"perCarrier\":[{\"carrier\":\"Post\",\"count\":12},{\"carrier\":\"Bike \\\"express\\\"\",\"count\":0}],"
            + "\"perDay\":[{\"day\":\"2026-01-05\",\"weight\":1000},{\"day\":null,\"weight\":null}],"
            + "\"speeds\":[{\"route\":\"R0\",\"kmh\":42.5},{\"route\":\"R1\",\"kmh\":null}]}}");
    JsonNode json = JSON.readTree(text);
    assertThat(json.at("/results/1/objectId").asLong()).isEqualTo(2);
    assertThat(json.at("/results/1/weight_kg").asText()).isEqualTo("12.50");
  }

  @Test
  void aNullFigureIsLeftOut() throws Exception {
    String text = page(CardResponse.of(deliveries(1)), summary(null, null), 10);
    JsonNode summary = JSON.readTree(text).path("summary");
    assertThat(summary.has("late")).isFalse();
    assertThat(summary.has("freight")).isFalse();
    assertThat(summary.path("onTime").asText()).isEqualTo("0.925");
  }

  @Test
  void aFigureJsonCannotHoldIsLeftOutAndSuchAPointValueIsNull() throws Exception {
    for (double notFinite : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      String text = page(CardResponse.of(deliveries(1)), summary(1, notFinite, null, notFinite, 3.0), 10);
      JsonNode summary = JSON.readTree(text).path("summary");
      assertWithMessage("onTime %s", notFinite).that(summary.has("onTime")).isFalse();
      assertWithMessage("kmh %s", notFinite).that(summary.at("/speeds/0/kmh").isNull()).isTrue();
      assertThat(summary.at("/speeds/1/kmh").asDouble()).isEqualTo(3.0);
    }
    // Every figure after the first left out: no comma is left behind.
    assertThat(page(CardResponse.of(deliveries(1)), summary(null, Double.NaN, null), 10))
        .contains("\"summary\":{\"onRoad\":\"3\",\"perCarrier\":");
  }

  @Test
  void withoutSummaryOrTotalTheAnswerHasTheLegacyKeysOnly() throws Exception {
    JsonNode json = JSON.readTree(page(CardResponse.of(deliveries(3)), null, 10));
    assertThat(json.has("summary")).isFalse();
    assertThat(json.has("total")).isFalse();
    assertThat(json.path("results").size()).isEqualTo(3);
  }

  @Test
  void writingAPageWithTotalAndSummaryAllocatesNothing() throws Throwable {
    CardResponse<Object> response = CardResponse.builder(deliveries(10)).total(200).build();
    Object summary =
        create(
            "com.acme.views.DeliverySummary", 3L, 1, 0.925, new BigDecimal("1234.50"),
            List.of(create("com.acme.views.DeliverySummary$CarrierCount", "Post", 12L)),
            List.of(create("com.acme.views.DeliverySummary$DayWeight", LocalDate.of(2026, 1, 5), new BigDecimal("12.5"))),
            List.of(create("com.acme.views.DeliverySummary$RouteSpeed", "North", 61.25),
                create("com.acme.views.DeliverySummary$RouteSpeed", "South", Double.NaN)));
    JsonOutput json = new JsonOutput(64 * 1024);
    assertThat(Allocations.writingAPage(writePage, response, summary, json)).isEqualTo(0L);
    assertThat(json.toString()).contains(",\"total\":200,\"summary\":{\"onRoad\":\"3\",\"late\":\"1\",\"onTime\":\"0.925\",\"freight\":\"1234.50\",");
  }

  @Test
  void aPageCarriesAtMostPageSizeRows() throws Exception {
    assertThat(JSON.readTree(page(CardResponse.of(deliveries(30)), null, 7)).path("results").size()).isEqualTo(7);
    // toJson writes a first page of the card's own page size, 25.
    assertThat(JSON.readTree((String) toJson.invoke(null, CardResponse.of(deliveries(30)))).path("results").size())
        .isEqualTo(25);
  }
}

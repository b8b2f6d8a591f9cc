package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.crmcards.processor.Cards.source;

import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chart's x may be an enum, a category like a String: it compiles, the view names the axis a
 * category, and the generated writer puts each constant in the answer as its label, the text a
 * form's option of it shows, without allocating.
 */
class SummaryEnumCategoryTest {
  private static SummaryCard card;
  private static Constructor<?> tickets;
  private static Constructor<?> statusCount;
  private static Object[] statuses;

  @BeforeAll
  static void compile() throws Exception {
    card =
        SummaryCard.compile(
            "Tickets",
            source(
                "Tickets",
                "record Tickets(",
                "  @Chart(label = \"By status\", type = ChartType.BAR, x = \"status\", y = \"count\")",
                "  List<StatusCount> byStatus) {}"),
            source("StatusCount", "record StatusCount(Status status, long count) {}"),
            source(
                "Status",
                "enum Status {",
                "  OPEN,",
                "  IN_PROGRESS,",
                "  @OptionLabel(\"Waiting on \\\"customer\\\"\") WAITING",
                "}"));
    tickets = accessible(card.summary().getDeclaredConstructors()[0]);
    statusCount = accessible(card.loader().loadClass("test.StatusCount").getDeclaredConstructors()[0]);
    statuses = card.loader().loadClass("test.Status").getEnumConstants();
  }

  private static Constructor<?> accessible(Constructor<?> constructor) {
    constructor.setAccessible(true);
    return constructor;
  }

  /** Tickets with one point per status, counting 1, 2, 3, then one of no status. */
  private static Object tickets() throws Exception {
    List<Object> points = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      points.add(statusCount.newInstance(statuses[i], (long) i + 1));
    }
    points.add(statusCount.newInstance(null, 9L));
    return tickets.newInstance(points);
  }

  @Test
  void eachConstantIsWrittenAsItsLabelAndANullOneAsNull() throws Exception {
    assertThat(card.written(tickets()))
        .isEqualTo("{\"byStatus\":[{\"status\":\"Open\",\"count\":1},{\"status\":\"In progress\",\"count\":2},"
            + "{\"status\":\"Waiting on \\\"customer\\\"\",\"count\":3},{\"status\":null,\"count\":9}]}");
  }

  @Test
  void theViewNamesTheAxisACategory() throws Exception {
    String view =
        card.compilation().generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/views/order.json")
            .orElseThrow().getCharContent(true).toString();
    assertThat(view.replaceAll("\\s", "")).contains("\"x\":\"status\",\"xType\":\"category\"");
  }

  @Test
  void writingTheCategoriesAllocatesNothing() throws Throwable {
    JsonOutput json = new JsonOutput(4 * 1024);
    assertThat(Allocations.writingAPage(card.write(), CardResponse.of(List.of()), tickets(), json)).isEqualTo(0L);
    assertThat(json.toString()).contains("{\"status\":\"In progress\",\"count\":2}");
  }
}

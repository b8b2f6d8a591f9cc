package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's half of the figure agreement (the card UI's {@code test/figure-agreement.json}):
 * each case's value, as a column of the TABLE card and as a figure of its summary, is sent by the
 * generated writer as the same string, the case's {@code sent}, digit for digit (card-ui's
 * figureAgreement test shows both alike from it).
 */
class FigureAgreementTest {
  private static final Path CASES = Path.of("..", "card-ui", "test", "figure-agreement.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aFigureIsSentAsAColumnValueOfItsTypeIs() throws Exception {
    List<JsonNode> cases = new ArrayList<>();
    JSON.readTree(CASES.toFile()).get("cases").forEach(cases::add);
    List<String> columns = new ArrayList<>(List.of("  @ObjectId long id,", "  @Title String title"));
    List<String> figures = new ArrayList<>();
    for (JsonNode c : cases) {
      String annotation = attributes(c);
      columns.set(columns.size() - 1, columns.get(columns.size() - 1) + ",");
      columns.add("  @CardProperty(" + annotation + ") " + c.get("java").asText() + " " + c.get("name").asText());
      figures.add("  @Statistic(" + annotation + ") " + c.get("java").asText() + " " + c.get("name").asText());
    }
    List<String> row = new ArrayList<>(List.of(
        "@CrmCard(title = \"Figures\", targetUrl = \"https://cards.example.com/figures\",",
        "  objectTypes = @ObjectType(CONTACTS), layout = CardLayout.TABLE, summary = Figures.class)",
        "record Row("));
    row.addAll(columns);
    row.add(") {}");
    List<String> summary = new ArrayList<>(List.of("record Figures("));
    summary.add(String.join(",\n", figures));
    summary.add(") {}");
    Compilation compilation =
        Cards.compile(Cards.source("Row", row.toArray(String[]::new)), Cards.source("Figures", summary.toArray(String[]::new)));
    Cards.assertSucceededWithoutWarnings(compilation);
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Class<?> rowType = loader.loadClass("test.Row");
    Class<?> figuresType = loader.loadClass("test.Figures");

    List<Object> rowValues = new ArrayList<>(List.of(1L, "One"));
    List<Object> figureValues = new ArrayList<>();
    for (JsonNode c : cases) {
      Object value = javaValue(c.get("java").asText(), c.get("value").asText());
      rowValues.add(value);
      figureValues.add(value);
    }
    JsonOutput out = new JsonOutput(1024);
    loader.loadClass("test.RowCrmCard")
        .getMethod("write", CardResponse.class, figuresType, int.class, JsonOutput.class)
        .invoke(null, CardResponse.of(List.of(construct(rowType, rowValues))), construct(figuresType, figureValues), 10, out);

    JsonNode answer = JSON.readTree(out.toString());
    for (JsonNode c : cases) {
      String name = c.get("name").asText();
      JsonNode column = answer.at("/results/0/" + name);
      JsonNode figure = answer.at("/summary/" + name);
      assertWithMessage("column %s", name).that(column.isTextual()).isTrue();
      assertWithMessage("column %s", name).that(column.asText()).isEqualTo(c.get("sent").asText());
      assertWithMessage("figure %s", name).that(figure.isTextual()).isTrue();
      assertWithMessage("figure %s", name).that(figure.asText()).isEqualTo(c.get("sent").asText());
    }
  }

  /** The attributes @CardProperty and @Statistic share: label, type and currency code. */
  private static String attributes(JsonNode c) {
    String currency = c.has("currencyCode") ? ", currencyCode = \"" + c.get("currencyCode").asText() + "\"" : "";
    return "label = \"" + c.get("name").asText() + "\", type = " + c.get("type").asText() + currency;
  }

  private static Object javaValue(String type, String text) {
    return switch (type) {
      case "BigDecimal" -> new BigDecimal(text);
      case "BigInteger" -> new BigInteger(text);
      case "long", "Long" -> Long.parseLong(text);
      case "double", "Double" -> Double.parseDouble(text);
      default -> throw new IllegalArgumentException("no case type " + type);
    };
  }

  private static Object construct(Class<?> type, List<Object> values) throws ReflectiveOperationException {
    Constructor<?> constructor = type.getDeclaredConstructors()[0];
    constructor.setAccessible(true);
    return constructor.newInstance(values.toArray());
  }
}

package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.crmcards.processor.Cards.source;

import com.google.testing.compile.Compilation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** A card with FORM actions: the Handler takes the typed form, a reader per form, the view file's forms. */
class FormGenerationTest {

  static final JavaFileObject SHOP =
      source("Order",
          "@CrmCard(title = \"Orders\", targetUrl = \"https://shop.example.com/cards/orders\",",
          "         objectTypes = @ObjectType(DEALS))",
          "@Action(id = \"newOrder\", type = FORM, label = \"New order\", form = Order.NewOrder.class,",
          "        uri = \"https://shop.example.com/cards/orders\", placement = PRIMARY)",
          "@Action(id = \"reschedule\", type = FORM, label = \"Reschedule\", form = Order.Reschedule.class,",
          "        method = HttpMethod.PUT, uri = \"https://shop.example.com/cards/orders/{id}/schedule\",",
          "        associatedObjectProperties = \"dealname\")",
          "record Order(@ObjectId long id, @Title String title, @CardProperty(label = \"Stage\") String stage) {",
          "  enum Priority { LOW, @OptionLabel(\"Right now\") HIGH_PRIORITY }",
          "  enum Channel { WEB, PHONE }",
          "  record NewOrder(",
          "      @Input(label = \"Product\", placeholder = \"ABC-1\", description = \"The code\", pattern = \"[A-Z]{3}-\\\\d+\") String product,",
          "      @Input(label = \"Quantity\", min = 1, max = 100) int quantity,",
          "      @Input(label = \"Deliver by\", required = false) LocalDate deliverBy,",
          "      @Input(label = \"Priority\") Priority priority,",
          "      @Input(label = \"Channels\", required = false) Set<Channel> channels,",
          "      @Input(label = \"Gift wrap\") boolean giftWrap,",
          "      @Input(label = \"Notes\", multiline = true, maxLength = 500, required = false) String notes,",
          "      @Input(label = \"Budget\", currencyCode = \"EUR\", required = false, min = 0.5) BigDecimal budget) {}",
          "  record Reschedule(@Input(label = \"Date\") LocalDate date, @Input(label = \"Form\") List<Channel> form) {}",
          "}");

  private static String generated(Compilation c) throws Exception {
    return Cards.sourceOf(c, "test.OrderCrmCard");
  }

  private static JsonNode view(Compilation c) throws Exception {
    String text = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/views/order.json")
        .orElseThrow().getCharContent(true).toString();
    return new ObjectMapper().readTree(text);
  }

  @Test
  void handlerTakesTheTypedFormAfterThePlaceholders() throws Exception {
    Compilation c = Cards.compile(List.of("-Xlint:all"), SHOP);
    Cards.assertSucceededWithoutWarnings(c);
    String source = generated(c);
    assertThat(source).contains("ActionResult newOrder(ActionRequest request, Order.NewOrder form) throws Exception;");
    assertThat(source).contains(
        "ActionResult reschedule(ActionRequest request, long id, Order.Reschedule form) throws Exception;");
  }

  @Test
  void eachFormHasARouteAndAReaderThatNamesEveryMember() throws Exception {
    String source = generated(Cards.compile(SHOP));
    assertThat(source).contains(
        ".form(HttpMethod.PUT, \"https://shop.example.com/cards/orders/{id}/schedule\", (request, path, body) ->\n"
            + "            handler.reschedule(request, path.longValue(\"id\"), RescheduleFormReader.read(body)))");
    assertThat(source).contains(
        "private static final FormInput INPUT_QUANTITY = FormInput.integer(\"quantity\", true).min(1).max(100);");
    assertThat(source).contains(
        "private static final FormInput INPUT_PRODUCT = FormInput.text(\"product\", true).pattern(\"[A-Z]{3}-\\\\d+\");");
    assertThat(source).contains("Set<Order.Channel> channels = form.optionSet(INPUT_CHANNELS, OPTIONS_CHANNELS);");
    assertThat(source).contains(
        "return new Order.NewOrder(product, quantity, deliverBy, priority, channels, giftWrap, notes, budget);");
    // A member named like the reader's variable: the variable gives way.
    assertThat(source).contains("List<Order.Channel> form = form_2.optionList(INPUT_FORM, OPTIONS_FORM);");
    assertThat(source).doesNotContain("getDeclared");
  }

  @Test
  void formActionsAreWrittenWithTheirId() throws Exception {
    String source = generated(Cards.compile(SHOP));
    assertThat(source).contains(
        "ActionJson.form(\"reschedule\", \"Reschedule\",\n      HttpMethod.PUT, List.of(\"dealname\"), "
            + "\"https://shop.example.com/cards/orders/\", \"/schedule\")");
  }

  @Test
  void viewFileHoldsEachFormsInputsInMemberOrder() throws Exception {
    JsonNode view = view(Cards.compile(SHOP));
    assertThat(view.get("card").asText()).isEqualTo("order");
    JsonNode inputs = view.get("forms").get("newOrder").get("inputs");
    List<String> names = new ArrayList<>();
    inputs.forEach(i -> names.add(i.get("name").asText()));
    assertThat(names)
        .containsExactly("product", "quantity", "deliverBy", "priority", "channels", "giftWrap", "notes", "budget")
        .inOrder();
    assertThat(inputs.get(0).toString()).isEqualTo(
        "{\"name\":\"product\",\"label\":\"Product\",\"type\":\"TEXT\",\"required\":true,"
            + "\"pattern\":\"[A-Z]{3}-\\\\d+\",\"placeholder\":\"ABC-1\",\"description\":\"The code\"}");
    assertThat(inputs.get(1).toString()).isEqualTo(
        "{\"name\":\"quantity\",\"label\":\"Quantity\",\"type\":\"INTEGER\",\"required\":true,\"min\":1,\"max\":100,"
            + "\"largest\":2147483647}");
    assertThat(inputs.get(3).get("options").toString()).isEqualTo(
        "[{\"value\":\"LOW\",\"label\":\"Low\"},{\"value\":\"HIGH_PRIORITY\",\"label\":\"Right now\"}]");
    assertThat(inputs.get(4).get("type").asText()).isEqualTo("MULTI_SELECT");
    assertThat(inputs.get(5).toString()).isEqualTo(
        "{\"name\":\"giftWrap\",\"label\":\"Gift wrap\",\"type\":\"BOOLEAN\",\"required\":true}");
    assertThat(inputs.get(6).toString()).isEqualTo(
        "{\"name\":\"notes\",\"label\":\"Notes\",\"type\":\"TEXT\",\"required\":false,\"multiline\":true,\"maxLength\":500}");
    assertThat(inputs.get(7).toString()).isEqualTo(
        "{\"name\":\"budget\",\"label\":\"Budget\",\"type\":\"DECIMAL\",\"required\":false,\"min\":0.5,\"currencyCode\":\"EUR\"}");
    assertThat(view.get("forms").get("reschedule").get("inputs").size()).isEqualTo(2);
  }

  @Test
  void viewFileSaysWhereEachFormIsSubmitted() throws Exception {
    JsonNode reschedule = view(Cards.compile(SHOP)).get("forms").get("reschedule");
    assertThat(reschedule.get("httpMethod").asText()).isEqualTo("PUT");
    assertThat(reschedule.get("uri").asText()).isEqualTo("https://shop.example.com/cards/orders/{id}/schedule");
  }

  @Test
  void aCardWithoutFormsHasNoFormsInItsView() throws Exception {
    Compilation c = Cards.compile(Cards.recordCard(List.of(), Cards.ID_TITLE_PROPERTY));
    String view = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/crmcards/views/bug.json")
        .orElseThrow().getCharContent(true).toString();
    assertThat(new ObjectMapper().readTree(view).has("forms")).isFalse();
  }
}

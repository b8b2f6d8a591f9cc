package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.crmcards.CardAction;
import dev.crmcards.CardResponse;
import dev.crmcards.HttpMethod;
import dev.crmcards.Property;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the writer generated for the showcase card, which uses every property and action type. */
class GeneratedWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Class<?> order;
  private static Class<?> severity;
  private static Method toJson;

  @BeforeAll
  static void compile() throws Exception {
    Compilation c =
        Cards.compile(
            List.of("-Acrmcards.shopBase=https://shop.example.com"),
            JavaFileObjects.forResource("showcase/com/acme/showcase/Order.java"),
            JavaFileObjects.forResource("showcase/com/acme/showcase/Severity.java"));
    assertThat(c).succeeded();
    ClassLoader loader = new GeneratedClassLoader(c);
    order = loader.loadClass("com.acme.showcase.Order");
    severity = loader.loadClass("com.acme.showcase.Severity");
    toJson = loader.loadClass("com.acme.showcase.OrderCrmCard").getMethod("toJson", CardResponse.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object order(long number, String fulfilment, BigDecimal total, List<Property> extras) throws Exception {
    Constructor<?> constructor = order.getDeclaredConstructors()[0];
    constructor.setAccessible(true);
    Object critical = Enum.valueOf((Class) severity, "CRITICAL");
    return constructor.newInstance(
        number,
        "Order #" + number + " \"rush\"",
        URI.create("https://shop.example.com/orders/" + number),
        total,
        LocalDate.of(2026, 11, 3),
        Instant.ofEpochMilli(1_764_000_000_123L),
        "buyer@example.com",
        URI.create("https://track.example.com/x?id=1"),
        3,
        critical,
        fulfilment,
        "Line one\nline two \u2028 \ud83d\udce6",
        extras);
  }

  private static JsonNode write(CardResponse<?> response) throws Exception {
    String json = (String) toJson.invoke(null, response);
    return JSON.readTree(json);
  }

  @Test
  void writesEveryPropertyTypeInItsWireFormat() throws Exception {
    JsonNode o =
        write(CardResponse.of(List.of(order(1042, "waiting", new BigDecimal("1E+3"), List.of())))).at("/results/0");
    assertThat(o.path("objectId").isNumber()).isTrue();
    assertThat(o.path("objectId").asLong()).isEqualTo(1042);
    assertThat(o.path("title").asText()).isEqualTo("Order #1042 \"rush\"");
    assertThat(o.path("link").asText()).isEqualTo("https://shop.example.com/orders/1042");
    assertThat(o.path("total").asText()).isEqualTo("1000");
    assertThat(o.path("ordered_on").asText()).isEqualTo("2026-11-03");
    assertThat(o.path("changedAt").asText()).isEqualTo("1764000000123");
    assertThat(o.path("buyer").asText()).isEqualTo("buyer@example.com");
    assertThat(o.path("tracking").asText()).isEqualTo("https://track.example.com/x?id=1");
    assertThat(o.path("items").asText()).isEqualTo("3");
    assertThat(o.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(o.path("fulfilment").asText()).isEqualTo("waiting");
    assertThat(o.path("note").asText()).isEqualTo("Line one\nline two \u2028 \ud83d\udce6");
    assertThat(o.has("properties")).isFalse();
    assertThat(o.has("fulfilmentState")).isFalse();
  }

  @Test
  void writesDeclaredActionsWithFilledUrisAndHonoursWhen() throws Exception {
    JsonNode results =
        write(CardResponse.of(List.of(order(7, "waiting", BigDecimal.ONE, null), order(8, "shipped", BigDecimal.ONE, null))))
            .path("results");
    JsonNode waiting = results.get(0).path("actions");
    assertThat(waiting.findValuesAsText("label")).containsExactly("Open order", "Ship", "Cancel order").inOrder();
    assertThat(waiting.get(0).path("uri").asText()).isEqualTo("https://shop.example.com/ui/orders/7");
    assertThat(waiting.get(0).path("width").asInt()).isEqualTo(640);
    assertThat(waiting.get(1).path("httpMethod").asText()).isEqualTo("PATCH");
    assertThat(waiting.get(1).path("uri").asText()).isEqualTo("https://shop.example.com/hubspot/orders/7/ship");
    assertThat(waiting.get(2).path("type").asText()).isEqualTo("CONFIRMATION_ACTION_HOOK");
    assertThat(waiting.get(2).path("confirmButtonText").asText()).isEqualTo("Cancel it");
    assertThat(JSON.convertValue(waiting.get(2).path("associatedObjectProperties"), List.class))
        .containsExactly("dealname", "amount").inOrder();
    JsonNode shipped = results.get(1).path("actions");
    assertThat(shipped.findValuesAsText("label")).containsExactly("Open order", "Cancel order").inOrder();
  }

  @Test
  void declaredActionsKeepTheirBytesOnTheWire() throws Exception {
    String json = (String) toJson.invoke(null, CardResponse.of(List.of(order(7, "waiting", BigDecimal.ONE, null))));
    assertThat(json)
        .contains(
            ",\"actions\":["
                + "{\"type\":\"IFRAME\",\"width\":640,\"height\":480,"
                + "\"uri\":\"https://shop.example.com/ui/orders/7\",\"label\":\"Open order\","
                + "\"associatedObjectProperties\":[\"dealname\"]},"
                + "{\"type\":\"ACTION_HOOK\",\"httpMethod\":\"PATCH\",\"associatedObjectProperties\":[],"
                + "\"uri\":\"https://shop.example.com/hubspot/orders/7/ship\",\"label\":\"Ship\"},"
                + "{\"type\":\"CONFIRMATION_ACTION_HOOK\",\"confirmationMessage\":\"Cancel this order?\","
                + "\"confirmButtonText\":\"Cancel it\",\"cancelButtonText\":\"Keep it\",\"httpMethod\":\"DELETE\","
                + "\"associatedObjectProperties\":[\"dealname\",\"amount\"],"
                + "\"uri\":\"https://shop.example.com/hubspot/orders/7\",\"label\":\"Cancel order\"}]}");
    assertThat(json)
        .endsWith(
            "}]"
                + ",\"settingsAction\":{\"type\":\"IFRAME\",\"width\":890,\"height\":748,"
                + "\"uri\":\"https://ui.shop.example.com/settings\",\"label\":\"Shop settings\","
                + "\"associatedObjectProperties\":[]}"
                + ",\"primaryAction\":{\"type\":\"IFRAME\",\"width\":890,\"height\":748,"
                + "\"uri\":\"https://ui.shop.example.com/orders/new\",\"label\":\"New order\","
                + "\"associatedObjectProperties\":[]}"
                + ",\"secondaryActions\":[{\"type\":\"ACTION_HOOK\",\"httpMethod\":\"POST\","
                + "\"associatedObjectProperties\":[],\"uri\":\"https://shop.example.com/hubspot/resync\","
                + "\"label\":\"Resync\"}]}");
  }

  @Test
  void writesTopLevelActionsDeclaredAndDynamic() throws Exception {
    JsonNode declared = write(CardResponse.of(List.of()));
    assertThat(declared.path("results").size()).isEqualTo(0);
    assertThat(declared.at("/primaryAction/label").asText()).isEqualTo("New order");
    assertThat(declared.at("/settingsAction/uri").asText()).isEqualTo("https://ui.shop.example.com/settings");
    assertThat(declared.path("secondaryActions").findValuesAsText("label")).containsExactly("Resync");

    Object o = order(9, "waiting", BigDecimal.TEN, List.of(Property.string("Carrier", "Post")));
    @SuppressWarnings({"unchecked", "rawtypes"})
    CardResponse<?> dynamic =
        ((CardResponse.Builder) CardResponse.builder(List.of(o)))
            .primaryAction(CardAction.iframe("Quick order", URI.create("https://ui.shop.example.com/quick"), 400, 300))
            .addSecondaryAction(CardAction.actionHook("Ping", HttpMethod.POST, URI.create("https://shop.example.com/hubspot/ping")))
            .addObjectAction(o, CardAction.actionHook("Refund", HttpMethod.POST, URI.create("https://shop.example.com/hubspot/refund")))
            .build();
    JsonNode json = write(dynamic);
    assertThat(json.at("/primaryAction/label").asText()).isEqualTo("Quick order");
    assertThat(json.path("secondaryActions").findValuesAsText("label")).containsExactly("Resync", "Ping").inOrder();
    assertThat(json.at("/results/0/actions").findValuesAsText("label"))
        .containsExactly("Open order", "Ship", "Cancel order", "Refund").inOrder();
    assertThat(json.at("/results/0/properties/0/value").asText()).isEqualTo("Post");
  }

  @Test
  void writesAtMostFiveObjects() throws Exception {
    List<Object> seven = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      seven.add(order(i, "waiting", BigDecimal.ONE, null));
    }
    assertThat(write(CardResponse.of(seven)).path("results").size()).isEqualTo(5);
  }

  @Test
  void aNullTitleIsAClearError() throws Exception {
    Constructor<?> constructor = order.getDeclaredConstructors()[0];
    Object noTitle =
        constructor.newInstance(1L, null, null, null, null, null, null, null, 0, null, null, null, null);
    try {
      toJson.invoke(null, CardResponse.of(List.of(noTitle)));
      throw new AssertionError("expected a failure");
    } catch (java.lang.reflect.InvocationTargetException e) {
      assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
      assertThat(e.getCause()).hasMessageThat().contains("Order.summary() is null");
    }
  }
}

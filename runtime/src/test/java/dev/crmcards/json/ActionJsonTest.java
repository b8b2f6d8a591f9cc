package dev.crmcards.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActionJsonTest {

  private static String written(Consumer<JsonOutput> writer) {
    JsonOutput out = new JsonOutput(0);
    writer.accept(out);
    return out.toString();
  }

  /** The fragments as text, to compare with a list of expected strings. */
  private static List<String> text(byte[][] fragments) {
    List<String> parts = new ArrayList<>();
    for (byte[] fragment : fragments) {
      parts.add(new String(fragment, UTF_8));
    }
    return parts;
  }

  /** What generated code writes: the fragments with {@code values} as path segments between them. */
  private static String filledIn(byte[][] fragments, String... values) {
    JsonOutput out = new JsonOutput(0);
    for (int i = 0; i < fragments.length; i++) {
      out.raw(fragments[i]);
      if (i < values.length) {
        out.pathSegment(values[i]);
      }
    }
    return out.toString();
  }

  @Nested
  class WholeActions {

    @Test
    void iframe() {
      assertThat(written(out -> ActionJson.writeIframe(
              out, "Edit", 890, 748, List.of(), "https://example.com/edit-iframe-contents")))
          .isEqualTo(
              "{\"type\":\"IFRAME\",\"width\":890,\"height\":748,"
                  + "\"uri\":\"https://example.com/edit-iframe-contents\",\"label\":\"Edit\","
                  + "\"associatedObjectProperties\":[]}");
    }

    @Test
    void actionHook() {
      assertThat(written(out -> ActionJson.writeActionHook(
              out, "Resolve", HttpMethod.PUT, List.of(), "https://example.com/tickets/245/resolve")))
          .isEqualTo(
              "{\"type\":\"ACTION_HOOK\",\"httpMethod\":\"PUT\",\"associatedObjectProperties\":[],"
                  + "\"uri\":\"https://example.com/tickets/245/resolve\",\"label\":\"Resolve\"}");
    }

    @Test
    void confirmationActionHook() {
      assertThat(written(out -> ActionJson.writeConfirmationActionHook(
              out,
              "Delete",
              HttpMethod.DELETE,
              "Are you sure you want to delete this ticket?",
              "Yes",
              "No",
              List.of("protected_account"),
              "https://example.com/tickets/245")))
          .isEqualTo(
              "{\"type\":\"CONFIRMATION_ACTION_HOOK\","
                  + "\"confirmationMessage\":\"Are you sure you want to delete this ticket?\","
                  + "\"confirmButtonText\":\"Yes\",\"cancelButtonText\":\"No\","
                  + "\"httpMethod\":\"DELETE\",\"associatedObjectProperties\":[\"protected_account\"],"
                  + "\"uri\":\"https://example.com/tickets/245\",\"label\":\"Delete\"}");
    }

    @Test
    void associatedObjectPropertiesAreAnArrayOfStringsInTheirOrder() {
      assertThat(written(out -> ActionJson.writeIframe(
              out, "E", 1, 2, List.of("email", "first\"name", "x"), "https://e.com")))
          .endsWith("\"associatedObjectProperties\":[\"email\",\"first\\\"name\",\"x\"]}");
      assertThat(written(out -> ActionJson.writeActionHook(
              out, "H", HttpMethod.GET, List.of("a", "b"), "https://e.com")))
          .contains("\"httpMethod\":\"GET\",\"associatedObjectProperties\":[\"a\",\"b\"],\"uri\":");
    }

    @Test
    void textsAreEscaped() {
      String json = written(out -> ActionJson.writeConfirmationActionHook(
          out,
          "Löschen \"jetzt\"",
          HttpMethod.POST,
          "Sicher?\nWirklich?\u2028",
          "Ja\t",
          "Nein\\",
          List.of("a\u0001"),
          "https://e.com/a\"b"));
      assertThat(json)
          .isEqualTo(
              "{\"type\":\"CONFIRMATION_ACTION_HOOK\",\"confirmationMessage\":\"Sicher?\\nWirklich?\\u2028\","
                  + "\"confirmButtonText\":\"Ja\\t\",\"cancelButtonText\":\"Nein\\\\\","
                  + "\"httpMethod\":\"POST\",\"associatedObjectProperties\":[\"a\\u0001\"],"
                  + "\"uri\":\"https://e.com/a\\\"b\",\"label\":\"Löschen \\\"jetzt\\\"\"}");
    }

    @Test
    void appendsToWhatIsThere() {
      assertThat(written(out -> {
            out.rawByte('[');
            ActionJson.writeActionHook(out, "A", HttpMethod.POST, List.of(), "https://e.com/a");
            out.rawByte(',');
            ActionJson.writeIframe(out, "B", 1, 1, List.of(), "https://e.com/b");
            out.rawByte(']');
          }))
          .startsWith("[{\"type\":\"ACTION_HOOK\"")
          .contains("},{\"type\":\"IFRAME\"")
          .endsWith("}]");
    }
  }

  @Nested
  class Fragments {

    @Test
    void withoutPlaceholdersTheOneFragmentIsTheWholeAction() {
      byte[][] iframe = ActionJson.iframe("Edit", 890, 748, List.of("email"), "https://example.com/edit");
      assertThat(text(iframe))
          .containsExactly(written(out -> ActionJson.writeIframe(
              out, "Edit", 890, 748, List.of("email"), "https://example.com/edit")));
      byte[][] hook = ActionJson.actionHook("Sync", HttpMethod.POST, List.of(), "https://example.com/sync");
      assertThat(text(hook))
          .containsExactly(written(out -> ActionJson.writeActionHook(
              out, "Sync", HttpMethod.POST, List.of(), "https://example.com/sync")));
      byte[][] confirmation = ActionJson.confirmationActionHook(
          "Delete", HttpMethod.DELETE, "Sure?", "Yes", "No", List.of("a", "b"), "https://example.com/d");
      assertThat(text(confirmation))
          .containsExactly(written(out -> ActionJson.writeConfirmationActionHook(
              out, "Delete", HttpMethod.DELETE, "Sure?", "Yes", "No", List.of("a", "b"),
              "https://example.com/d")));
    }

    @Test
    void placeholderAtTheEnd() {
      byte[][] fragments =
          ActionJson.iframe("Open order", 640, 480, List.of("dealname"), "https://shop.example.com/ui/orders/", "");
      assertThat(text(fragments))
          .containsExactly(
              "{\"type\":\"IFRAME\",\"width\":640,\"height\":480,\"uri\":\"https://shop.example.com/ui/orders/",
              "\",\"label\":\"Open order\",\"associatedObjectProperties\":[\"dealname\"]}");
    }

    @Test
    void placeholderInTheMiddle() {
      byte[][] fragments =
          ActionJson.actionHook("Ship", HttpMethod.PATCH, List.of(), "https://shop.example.com/orders/", "/ship");
      assertThat(text(fragments))
          .containsExactly(
              "{\"type\":\"ACTION_HOOK\",\"httpMethod\":\"PATCH\",\"associatedObjectProperties\":[],"
                  + "\"uri\":\"https://shop.example.com/orders/",
              "/ship\",\"label\":\"Ship\"}");
    }

    @Test
    void placeholderAtTheStart() {
      // The processor only accepts absolute URIs, but the split does not depend on that.
      byte[][] fragments = ActionJson.actionHook("Go", HttpMethod.GET, List.of(), "", "/go");
      assertThat(text(fragments))
          .containsExactly(
              "{\"type\":\"ACTION_HOOK\",\"httpMethod\":\"GET\",\"associatedObjectProperties\":[],\"uri\":\"",
              "/go\",\"label\":\"Go\"}");
    }

    @Test
    void adjacentPlaceholdersGiveAnEmptyFragment() {
      byte[][] fragments = ActionJson.confirmationActionHook(
          "Merge", HttpMethod.PUT, "Merge?", "Yes", "No", List.of("id"),
          "https://e.com/merge/", "", "/into/", "");
      assertThat(text(fragments)).hasSize(4);
      assertThat(text(fragments).get(1)).isEmpty();
      assertThat(filledIn(fragments, "1", "2", "3"))
          .isEqualTo(written(out -> ActionJson.writeConfirmationActionHook(
              out, "Merge", HttpMethod.PUT, "Merge?", "Yes", "No", List.of("id"),
              "https://e.com/merge/12/into/3")));
    }

    @Test
    void filledInFragmentsEqualTheWholeActionWithThatUri() {
      byte[][] fragments =
          ActionJson.iframe("Open", 10, 20, List.of("a", "b"), "https://e.com/", "/items/", "?tab=1");
      assertThat(filledIn(fragments, "q 1", "ü/2"))
          .isEqualTo(written(out -> ActionJson.writeIframe(
              out, "Open", 10, 20, List.of("a", "b"), "https://e.com/q%201/items/%C3%BC%2F2?tab=1")));
    }

    @Test
    void literalPartsOfTheUriAreEscapedForJson() {
      byte[][] fragments =
          ActionJson.actionHook("Go", HttpMethod.POST, List.of(), "https://e.com/\"a\"/", "/\\b");
      assertThat(text(fragments).get(0)).endsWith("\"uri\":\"https://e.com/\\\"a\\\"/");
      assertThat(text(fragments).get(1)).startsWith("/\\\\b\",");
    }

    @Test
    void aUriHasAtLeastOnePart() {
      assertThatThrownBy(() -> ActionJson.iframe("E", 1, 1, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least one part");
    }
  }
}

package dev.crmcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.json.JsonOutput;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CardActionTest {

  private static final URI EDIT = URI.create("https://example.com/edit-iframe-contents");
  private static final URI RESOLVE = URI.create("https://example.com/tickets/245/resolve");
  private static final URI DELETE = URI.create("https://example.com/tickets/245");

  private static String json(CardAction action) {
    JsonOutput out = new JsonOutput(8);
    action.writeTo(out);
    return out.toString();
  }

  @Nested
  class Json {

    @Test
    void iframeAsInTheSeedExample() {
      assertThat(json(CardAction.iframe("Edit", EDIT, 890, 748)))
          .isEqualTo(
              "{\"type\":\"IFRAME\",\"width\":890,\"height\":748,"
                  + "\"uri\":\"https://example.com/edit-iframe-contents\",\"label\":\"Edit\","
                  + "\"associatedObjectProperties\":[]}");
    }

    @Test
    void actionHookAsInTheSeedExample() {
      assertThat(json(CardAction.actionHook("Resolve", HttpMethod.PUT, RESOLVE)))
          .isEqualTo(
              "{\"type\":\"ACTION_HOOK\",\"httpMethod\":\"PUT\",\"associatedObjectProperties\":[],"
                  + "\"uri\":\"https://example.com/tickets/245/resolve\",\"label\":\"Resolve\"}");
    }

    @Test
    void confirmationActionHookAsInTheSeedExample() {
      CardAction delete =
          CardAction.confirmationActionHook(
                  "Delete",
                  HttpMethod.DELETE,
                  DELETE,
                  "Are you sure you want to delete this ticket?",
                  "Yes",
                  "No")
              .withAssociatedObjectProperties("protected_account");
      assertThat(json(delete))
          .isEqualTo(
              "{\"type\":\"CONFIRMATION_ACTION_HOOK\","
                  + "\"confirmationMessage\":\"Are you sure you want to delete this ticket?\","
                  + "\"confirmButtonText\":\"Yes\",\"cancelButtonText\":\"No\","
                  + "\"httpMethod\":\"DELETE\",\"associatedObjectProperties\":[\"protected_account\"],"
                  + "\"uri\":\"https://example.com/tickets/245\",\"label\":\"Delete\"}");
    }

    @Test
    void everyHttpMethod() {
      for (HttpMethod m : HttpMethod.values()) {
        assertThat(json(CardAction.actionHook("Go", m, RESOLVE)))
            .contains("\"httpMethod\":\"" + m.name() + "\"");
      }
    }

    @Test
    void severalAssociatedPropertiesOnAnIframe() {
      CardAction a =
          CardAction.iframe("Edit", EDIT, 640, 480).withAssociatedObjectProperties("email", "first\"name");
      assertThat(json(a))
          .isEqualTo(
              "{\"type\":\"IFRAME\",\"width\":640,\"height\":480,"
                  + "\"uri\":\"https://example.com/edit-iframe-contents\",\"label\":\"Edit\","
                  + "\"associatedObjectProperties\":[\"email\",\"first\\\"name\"]}");
    }

    @Test
    void textsAreEscaped() {
      CardAction a =
          CardAction.confirmationActionHook(
              "Löschen \"jetzt\"", HttpMethod.POST, RESOLVE, "Sicher?\nWirklich?", "Ja", "Nein");
      assertThat(json(a))
          .startsWith(
              "{\"type\":\"CONFIRMATION_ACTION_HOOK\",\"confirmationMessage\":\"Sicher?\\nWirklich?\"")
          .endsWith("\"label\":\"Löschen \\\"jetzt\\\"\"}");
    }

    @Test
    void defaultConfirmationButtons() {
      CardAction a = CardAction.confirmationActionHook("Delete", HttpMethod.DELETE, DELETE, "Sure?");
      assertThat(json(a)).contains("\"confirmButtonText\":\"Yes\",\"cancelButtonText\":\"No\"");
      assertThat(a.confirmButtonText()).contains(CardAction.DEFAULT_CONFIRM_BUTTON_TEXT);
      assertThat(a.cancelButtonText()).contains(CardAction.DEFAULT_CANCEL_BUTTON_TEXT);
    }

    @Test
    void toJsonMatchesWriteTo() {
      CardAction a = CardAction.iframe("Edit", EDIT, 1, 2);
      assertThat(a.toJson()).isEqualTo(json(a));
    }
  }

  @Nested
  class Accessors {

    @Test
    void iframe() {
      CardAction a = CardAction.iframe("Edit", EDIT, 890, 748);
      assertThat(a.type()).isEqualTo(ActionType.IFRAME);
      assertThat(a.label()).isEqualTo("Edit");
      assertThat(a.uri()).isEqualTo(EDIT);
      assertThat(a.width()).isEqualTo(890);
      assertThat(a.height()).isEqualTo(748);
      assertThat(a.httpMethod()).isEmpty();
      assertThat(a.confirmationMessage()).isEmpty();
      assertThat(a.associatedObjectProperties()).isEmpty();
    }

    @Test
    void hooks() {
      CardAction hook = CardAction.actionHook("Resolve", HttpMethod.PUT, RESOLVE);
      assertThat(hook.type()).isEqualTo(ActionType.ACTION_HOOK);
      assertThat(hook.httpMethod()).contains(HttpMethod.PUT);
      assertThat(hook.width()).isZero();
      assertThat(hook.height()).isZero();
      CardAction confirm =
          CardAction.confirmationActionHook("Delete", HttpMethod.DELETE, DELETE, "Sure?", "Do it", "Stop");
      assertThat(confirm.type()).isEqualTo(ActionType.CONFIRMATION_ACTION_HOOK);
      assertThat(confirm.confirmationMessage()).contains("Sure?");
      assertThat(confirm.confirmButtonText()).contains("Do it");
      assertThat(confirm.cancelButtonText()).contains("Stop");
    }

    @Test
    void withAssociatedObjectPropertiesReturnsACopy() {
      CardAction plain = CardAction.actionHook("Resolve", HttpMethod.PUT, RESOLVE);
      CardAction with = plain.withAssociatedObjectProperties("a", "b");
      assertThat(plain.associatedObjectProperties()).isEmpty();
      assertThat(with.associatedObjectProperties()).containsExactly("a", "b");
      assertThat(with.withAssociatedObjectProperties().associatedObjectProperties()).isEmpty();
      assertThat(with.withAssociatedObjectProperties("c").associatedObjectProperties())
          .containsExactly("c");
      assertThat(with.label()).isEqualTo("Resolve");
      assertThat(with.httpMethod()).contains(HttpMethod.PUT);
      assertThatThrownBy(() -> with.associatedObjectProperties().add("x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalsHashCodeAndToString() {
      CardAction a = CardAction.actionHook("Resolve", HttpMethod.PUT, RESOLVE);
      CardAction b = CardAction.actionHook("Resolve", HttpMethod.PUT, RESOLVE);
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a).isNotEqualTo(CardAction.actionHook("Resolve", HttpMethod.POST, RESOLVE));
      assertThat(a).isNotEqualTo(a.withAssociatedObjectProperties("x"));
      assertThat(CardAction.iframe("E", EDIT, 1, 2)).isNotEqualTo(CardAction.iframe("E", EDIT, 2, 1));
      assertThat(a.toString())
          .isEqualTo("CardAction[ACTION_HOOK PUT \"Resolve\" https://example.com/tickets/245/resolve]");
      assertThat(CardAction.iframe("Edit", EDIT, 890, 748).withAssociatedObjectProperties("email").toString())
          .isEqualTo(
              "CardAction[IFRAME \"Edit\" https://example.com/edit-iframe-contents 890x748,"
                  + " associatedObjectProperties=[email]]");
    }
  }

  @Nested
  class Validation {

    @Test
    void labelIsRequired() {
      assertThatThrownBy(() -> CardAction.iframe(null, EDIT, 1, 1))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("action label must not be null");
      assertThatThrownBy(() -> CardAction.actionHook("  ", HttpMethod.GET, EDIT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("action label must not be blank");
    }

    @Test
    void uriMustBeAbsoluteHttp() {
      assertThatThrownBy(() -> CardAction.iframe("Edit", (URI) null, 1, 1))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("uri of action \"Edit\" must not be null");
      assertThatThrownBy(() -> CardAction.iframe("Edit", (String) null, 1, 1))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("uri of action \"Edit\" must not be null");
      assertThatThrownBy(() -> CardAction.iframe("Edit", "/edit", 1, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("uri of action \"Edit\" must be an absolute http or https URI, got \"/edit\"");
      assertThatThrownBy(() -> CardAction.actionHook("Go", HttpMethod.POST, "javascript:alert(1)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("uri of action \"Go\" must be an absolute http or https URI, got \"javascript:alert(1)\"");
      assertThatThrownBy(() -> CardAction.actionHook("Go", HttpMethod.POST, "https://exa mple.com/"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("uri of action \"Go\" must be an absolute http or https URI, got \"https://exa mple.com/\" (");
      assertThatThrownBy(() -> CardAction.iframe("Edit", URI.create("/edit"), 1, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("uri of action \"Edit\" must be an absolute http or https URI, got \"/edit\"");
      assertThatThrownBy(
              () -> CardAction.actionHook("Go", HttpMethod.GET, URI.create("javascript:alert(1)")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("absolute http or https");
      assertThatThrownBy(
              () -> CardAction.actionHook("Go", HttpMethod.GET, URI.create("wss://example.com")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("absolute http or https");
      assertThat(CardAction.actionHook("Go", HttpMethod.GET, URI.create("http://localhost:8080/x")).uri())
          .hasHost("localhost");
    }

    @Test
    void sizesMustBePositive() {
      assertThatThrownBy(() -> CardAction.iframe("Edit", EDIT, 0, 748))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("iframe action \"Edit\" needs a positive width and height in pixels, got 0 x 748");
      assertThatThrownBy(() -> CardAction.iframe("Edit", EDIT, 890, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 890 x -1");
    }

    @Test
    void methodIsRequired() {
      assertThatThrownBy(() -> CardAction.actionHook("Go", null, RESOLVE))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("httpMethod of action \"Go\" must not be null");
      assertThatThrownBy(() -> CardAction.confirmationActionHook("Go", null, RESOLVE, "Sure?"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("httpMethod of action \"Go\" must not be null");
    }

    @Test
    void confirmationTextsAreRequired() {
      assertThatThrownBy(
              () -> CardAction.confirmationActionHook("Delete", HttpMethod.DELETE, DELETE, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("confirmationMessage of action \"Delete\" must not be blank");
      assertThatThrownBy(
              () -> CardAction.confirmationActionHook("Delete", HttpMethod.DELETE, DELETE, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("confirmationMessage of action \"Delete\" must not be null");
      assertThatThrownBy(
              () ->
                  CardAction.confirmationActionHook(
                      "Delete", HttpMethod.DELETE, DELETE, "Sure?", "", "No"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("confirmButtonText of action \"Delete\" must not be blank");
      assertThatThrownBy(
              () ->
                  CardAction.confirmationActionHook(
                      "Delete", HttpMethod.DELETE, DELETE, "Sure?", "Yes", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("cancelButtonText of action \"Delete\" must not be null");
    }

    @Test
    void associatedObjectPropertyNamesMustNotBeBlank() {
      CardAction a = CardAction.actionHook("Go", HttpMethod.GET, RESOLVE);
      assertThatThrownBy(() -> a.withAssociatedObjectProperties("email", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("associatedObjectProperties[1] of action \"Go\" must not be blank");
      assertThatThrownBy(() -> a.withAssociatedObjectProperties((String) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("associatedObjectProperties[0] of action \"Go\" must not be null");
      assertThatThrownBy(() -> a.withAssociatedObjectProperties((String[]) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("associatedObjectProperties of action \"Go\" must not be null");
      assertThat(a.withAssociatedObjectProperties(List.of("x").toArray(new String[0])).associatedObjectProperties())
          .containsExactly("x");
    }
  }

  @Nested
  class FromText {
    @Test
    void aUrlsTextMakesTheActionItsUriMakes() {
      String text = "https://example.com/tickets/7?view=full#top";
      assertThat(CardAction.iframe("Edit", text, 890, 748))
          .isEqualTo(CardAction.iframe("Edit", URI.create(text), 890, 748));
      assertThat(CardAction.actionHook("Go", HttpMethod.PUT, text).toJson())
          .isEqualTo(CardAction.actionHook("Go", HttpMethod.PUT, URI.create(text)).toJson());
      assertThat(CardAction.confirmationActionHook("Del", HttpMethod.DELETE, text, "Sure?"))
          .isEqualTo(CardAction.confirmationActionHook("Del", HttpMethod.DELETE, URI.create(text), "Sure?"));
      assertThat(CardAction.iframe("Edit", text, 1, 1).uri()).isEqualTo(URI.create(text));
    }

    @Test
    void theTextIsSentAsGiven() {
      // Not normalised: a URI's text is what toString() gives, a text is what it is.
      assertThat(CardAction.iframe("Edit", "HTTPS://Example.com/caf%C3%A9", 1, 1).uriText())
          .isEqualTo("HTTPS://Example.com/caf%C3%A9");
      assertThat(CardAction.iframe("Edit", "https://example.com/café", 1, 1).toJson())
          .contains("\"uri\":\"https://example.com/café\"");
    }
  }
}

package dev.crmcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records behind {@link CardAction}: what the factories return and how they compare. */
class CardActionKindsTest {

  private static final URI EDIT = URI.create("https://example.com/edit");
  private static final URI DELETE = URI.create("https://example.com/tickets/245");

  /** What code outside the runtime can do with the sealed hierarchy. */
  private static String describe(CardAction action) {
    if (action instanceof CardAction.Iframe iframe) {
      return "open " + iframe.uri() + " as " + iframe.label() + " in " + iframe.width() + "x"
          + iframe.height() + " with " + iframe.associatedObjectProperties();
    } else if (action instanceof CardAction.Hook hook) {
      return hook.method() + " " + hook.uri() + " as " + hook.label() + " with "
          + hook.associatedObjectProperties();
    } else if (action instanceof CardAction.ConfirmationHook hook) {
      return "ask " + hook.message() + " [" + hook.confirmLabel() + "/" + hook.cancelLabel() + "], then "
          + hook.method() + " " + hook.uri();
    }
    throw new AssertionError("the hierarchy is sealed: " + action);
  }

  @Test
  void factoriesReturnTheRecordOfTheirKind() {
    assertThat(CardAction.iframe("Edit", EDIT, 890, 748))
        .isEqualTo(new CardAction.Iframe("Edit", EDIT, 890, 748, List.of()));
    assertThat(CardAction.actionHook("Resolve", HttpMethod.PUT, EDIT))
        .isEqualTo(new CardAction.Hook("Resolve", HttpMethod.PUT, EDIT, List.of()));
    assertThat(CardAction.confirmationActionHook("Delete", HttpMethod.DELETE, DELETE, "Sure?"))
        .isEqualTo(
            new CardAction.ConfirmationHook(
                "Delete", HttpMethod.DELETE, DELETE, "Sure?", "Yes", "No", List.of()));
  }

  @Test
  void recordsDeconstruct() {
    assertThat(describe(CardAction.iframe("Edit", EDIT, 890, 748).withAssociatedObjectProperties("email")))
        .isEqualTo("open https://example.com/edit as Edit in 890x748 with [email]");
    assertThat(describe(CardAction.actionHook("Resolve", HttpMethod.PUT, EDIT)))
        .isEqualTo("PUT https://example.com/edit as Resolve with []");
    assertThat(describe(CardAction.confirmationActionHook("Delete", HttpMethod.DELETE, DELETE, "Sure?")))
        .isEqualTo("ask Sure? [Yes/No], then DELETE https://example.com/tickets/245");
  }

  @Test
  void withAssociatedObjectPropertiesKeepsTheKind() {
    CardAction.Hook hook = new CardAction.Hook("Go", HttpMethod.GET, EDIT, List.of());
    CardAction.Hook with = hook.withAssociatedObjectProperties("a");
    assertThat(with.associatedObjectProperties()).containsExactly("a");
    assertThat(with.method()).isEqualTo(HttpMethod.GET);
  }

  @Test
  void kindsWithTheSameTextsAreNotEqual() {
    CardAction hook = CardAction.actionHook("Go", HttpMethod.POST, DELETE);
    CardAction confirmation = CardAction.confirmationActionHook("Go", HttpMethod.POST, DELETE, "Sure?");
    assertThat(hook).isNotEqualTo(confirmation);
    assertThat(confirmation).isNotEqualTo(hook);
  }

  @Test
  void urisCompareByTheirTextAsSent() {
    URI upper = URI.create("HTTPS://Example.com/edit");
    assertThat(upper).isEqualTo(EDIT); // java.net.URI ignores the case of scheme and host
    assertThat(CardAction.iframe("E", upper, 1, 1)).isNotEqualTo(CardAction.iframe("E", EDIT, 1, 1));
    assertThat(CardAction.actionHook("E", HttpMethod.GET, upper))
        .isNotEqualTo(CardAction.actionHook("E", HttpMethod.GET, EDIT));
    assertThat(CardAction.confirmationActionHook("E", HttpMethod.GET, upper, "?"))
        .isNotEqualTo(CardAction.confirmationActionHook("E", HttpMethod.GET, EDIT, "?"));
    CardAction a = CardAction.iframe("E", URI.create("https://example.com/edit"), 1, 1);
    assertThat(a).isEqualTo(CardAction.iframe("E", EDIT, 1, 1)).hasSameHashCodeAs(CardAction.iframe("E", EDIT, 1, 1));
  }

  @Test
  void equalActionsHaveEqualHashCodes() {
    CardAction a =
        CardAction.confirmationActionHook("Delete", HttpMethod.DELETE, DELETE, "Sure?", "Do it", "Stop")
            .withAssociatedObjectProperties("x", "y");
    CardAction b =
        new CardAction.ConfirmationHook(
            "Delete", HttpMethod.DELETE, DELETE, "Sure?", "Do it", "Stop", List.of("x", "y"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.withAssociatedObjectProperties("y", "x"));
    assertThat(a.toString())
        .isEqualTo(
            "CardAction[CONFIRMATION_ACTION_HOOK DELETE \"Delete\" https://example.com/tickets/245,"
                + " associatedObjectProperties=[x, y]]");
  }

  @Test
  void constructorsCheckLikeTheFactories() {
    assertThatThrownBy(() -> new CardAction.Iframe("Edit", EDIT, 0, 1, List.of()))
        .hasMessage("iframe action \"Edit\" needs a positive width and height in pixels, got 0 x 1");
    assertThatThrownBy(() -> new CardAction.Hook("Go", null, EDIT, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("httpMethod of action \"Go\" must not be null");
    assertThatThrownBy(
            () -> new CardAction.ConfirmationHook("Go", HttpMethod.GET, EDIT, "?", "Yes", " ", List.of()))
        .hasMessage("cancelButtonText of action \"Go\" must not be blank");
    assertThatThrownBy(() -> new CardAction.Hook("Go", HttpMethod.GET, EDIT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("associatedObjectProperties of action \"Go\" must not be null");
    assertThatThrownBy(() -> new CardAction.Hook("Go", HttpMethod.GET, EDIT, List.of("a", "")))
        .hasMessage("associatedObjectProperties[1] of action \"Go\" must not be blank");
  }

  @Test
  void associatedObjectPropertiesAreCopied() {
    List<String> names = new ArrayList<>(List.of("a"));
    CardAction.Iframe iframe = new CardAction.Iframe("Edit", EDIT, 1, 1, names);
    names.add("b");
    assertThat(iframe.associatedObjectProperties()).containsExactly("a");
    assertThatThrownBy(() -> iframe.associatedObjectProperties().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
